"""Right-to-left pages and the language notices in a real browser (axe-core,
as in test_accessibility.py): Arabic and Farsi pages, translated and not,
with the "More languages" panel open, at a phone's and a desktop's size."""

import pytest

from tests.test_accessibility import VIEWPORTS, format_violations, run_axe

pytestmark = pytest.mark.browser

PATHS = {
    "home": "",
    "city": "cities/athens/",
    "translated practice": "cities/halle/halle-service-centre/",
    "untranslated practice": "cities/cologne/cologne-intercultural-service/",
}


@pytest.mark.parametrize("name", list(PATHS))
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left_page_passes_axe(site_server, browser, language, viewport, name):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    try:
        page = context.new_page()
        path = f"/{language}/{PATHS[name]}"
        response = page.goto(site_server + path, wait_until="load")
        assert response.status == 200
        assert page.evaluate("[document.documentElement.lang, document.dir]") == [language, "rtl"]
        more = page.locator(".language-switcher__more")
        toggle = page.locator(".site-menu-toggle")
        if toggle.count() and toggle.is_visible():  # the phone header folds the switcher (#11)
            toggle.click()
        if more.count():
            more.locator("summary").click()
            box = page.locator(".language-switcher__panel").bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"{path}: panel {box}"
        if viewport == "phone":
            overflow = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
            assert overflow[0] <= overflow[1], f"{path} scrolls sideways on a phone: {overflow}"
        violations = run_axe(page)
        assert not violations, (
            f"axe found {len(violations)} violation(s) on {path} ({viewport}):\n"
            + format_violations(violations)
        )
    finally:
        context.close()


def test_notice_starts_on_the_reading_side(site_server, browser):
    """In a right-to-left page the notice's rule is on the right, as the text starts."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(f"{site_server}/ar/{PATHS['untranslated practice']}", wait_until="load")
        notice = page.locator(".language-notice")
        assert notice.count() == 1
        widths = notice.evaluate(
            "el => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]"
        )
        assert widths == ["4px", "0px"]
        title = page.locator("h1")
        # Shown in the closest language available: English before Greek (#11).
        assert title.evaluate("el => [el.lang, getComputedStyle(el).direction]") == ["en", "ltr"]
    finally:
        context.close()
