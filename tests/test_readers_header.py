"""The phone header in a real browser: one menu button folds the languages
and the navigation, so the first screen shows the page; on a desktop
everything is in view. Session live server and browser from conftest.py."""

import pytest

pytestmark = pytest.mark.browser


def _open(browser, url, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    page = context.new_page()
    page.goto(url, wait_until="load")
    return context, page


@pytest.mark.parametrize("language", ["el", "en", "ar", "fa"])
def test_the_phone_header_folds_behind_a_menu_button(site_server, browser, language):
    context, page = _open(browser, f"{site_server}/{language}/", 390, 844)
    try:
        header = page.evaluate("document.querySelector('.site-header').offsetHeight")
        assert header < 844 * 0.15, f"the header takes {header}px of the first screen"
        toggle = page.locator(".site-menu-toggle")
        assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
        assert not page.locator("#site-nav").is_visible()
        assert not page.locator("#site-languages").is_visible()
        assert page.locator("main h1").bounding_box()["y"] < 844 / 2
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        assert page.locator("#site-nav a").first.is_visible()
        assert page.locator("#site-languages a").first.is_visible()
        page.keyboard.press("Shift+Tab")  # the button stays reachable by keyboard
        toggle.focus()
        page.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "false"
    finally:
        context.close()


def test_the_desktop_header_shows_everything(site_server, browser):
    context, page = _open(browser, f"{site_server}/en/", 1280, 900)
    try:
        assert not page.locator(".site-menu-toggle").is_visible()
        assert page.locator("#site-nav a").first.is_visible()
        assert page.locator("#site-languages a").first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [(390, 844), (1280, 900)])
@pytest.mark.parametrize("language", ["el", "en", "ar", "fa"])
def test_the_figures_page_passes_axe(site_server, browser, language, viewport):
    from tests.test_accessibility import format_violations, run_axe

    context, page = _open(browser, f"{site_server}/{language}/figures/", *viewport)
    try:
        overflow = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
        assert overflow[0] <= overflow[1], f"scrolls sideways: {overflow}"
        violations = run_axe(page)
        assert not violations, format_violations(violations)
    finally:
        context.close()
