"""Accessibility of the public pages in a real browser.

Each key page is loaded in headless Chromium, in Greek and English, at a
phone and a desktop size, and checked with axe-core (tests/vendor/axe.min.js,
MPL-2.0) against WCAG 2.0, 2.1 and 2.2 A/AA. The tests only read: they use the
session's live server (`site_server`) and `browser` from conftest.py, which
also marks them django_db (so that a test database exists) and runs them last.

Only these tests: `pytest -m browser`. Without them: `pytest -m "not browser"`.
"""

import json
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

pytestmark = pytest.mark.browser

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

LANGUAGES = ["el", "en", "ar", "fa"]
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}
SEARCH_TERMS = {"el": "Αθήνα", "en": "Athens", "ar": "أثينا", "fa": "آتن"}
PAGES = [
    "home",
    "city index",
    "city",
    "library filtered",
    "practice",
    "news index",
    "news",
    "declaration",
    "search",
    "not found",
    "events index",
    "event",
    "library",
    "publication",
]

# Paths found by following the site's own links, once per language.
_paths = {}


def _open(browser, url, viewport="phone"):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    page = context.new_page()
    response = page.goto(url, wait_until="load")
    return context, page, response


def _first_href(browser, url, selector):
    context, page, response = _open(browser, url)
    try:
        assert response.status == 200, f"{url} answered {response.status}"
        link = page.locator(selector).first
        assert link.count(), f"{url} has no {selector}"
        return urlsplit(link.get_attribute("href")).path
    finally:
        context.close()


def _first_value(browser, url, selector):
    context, page, _ = _open(browser, url)
    try:
        element = page.locator(selector).first
        assert element.count(), f"{url} has no {selector}"
        return element.get_attribute("value")
    finally:
        context.close()


def page_path(browser, base, language, name):
    key = (language, name)
    if key not in _paths:
        prefix = f"/{language}"
        if name == "home":
            path = f"{prefix}/"
        elif name == "city index":
            path = f"{prefix}/cities/"
        elif name == "city":
            path = _first_href(browser, f"{base}{prefix}/cities/", ".card__title a")
        elif name == "library filtered":
            library = f"{prefix}/practices/"
            theme = _first_value(browser, base + library, "input[name=theme]")
            path = f"{library}?{urlencode({'theme': theme})}"
        elif name == "practice":
            path = _first_href(browser, f"{base}{prefix}/practices/", ".search-result__title a")
        elif name == "news index":
            path = f"{prefix}/news/"
        elif name == "news":
            path = _first_href(browser, f"{base}{prefix}/news/", ".card__title a")
        elif name == "declaration":
            path = f"{prefix}/declaration/"
        elif name == "search":
            path = f"{prefix}/search/?{urlencode({'q': SEARCH_TERMS[language]})}"
        elif name == "not found":
            path = f"{prefix}/no-such-page/"
        elif name == "events index":
            path = f"{prefix}/events/"
        elif name == "event":
            path = _first_href(browser, f"{base}{prefix}/events/", ".card__title a")
        elif name == "library":
            path = f"{prefix}/library/"
        elif name == "publication":
            path = _first_href(browser, f"{base}{prefix}/library/", ".search-result__title a")
        else:
            raise AssertionError(name)
        _paths[key] = path
    return _paths[key]


def format_violations(violations):
    """axe's answer as a reader-friendly list: rule, impact, help, nodes."""
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation['help']}"
            f"\n  {violation['helpUrl']}"
        )
        for node in violation["nodes"][:8]:
            target = " ".join(json.dumps(t, ensure_ascii=False) for t in node["target"])
            lines.append(f"    at {target}")
            lines.append(f"       {node['html'][:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"       {summary[:300]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"    … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


def run_axe(page):
    page.add_script_tag(content=AXE_SOURCE)
    return page.evaluate(
        """tags => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        AXE_TAGS,
    )["violations"]


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_passes_axe(site_server, browser, language, viewport, name):
    path = page_path(browser, site_server, language, name)
    requests, failed, errors = [], [], []
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    try:
        page = context.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))

        def note_failure(answer):
            if answer.status >= 400 and answer.request.resource_type != "document":
                failed.append(f"{answer.status} {answer.url}")

        page.on("response", note_failure)
        response = page.goto(site_server + path, wait_until="load")
        assert response.status == (404 if name == "not found" else 200), path
        page.evaluate("document.fonts.ready.then(() => true)")

        assert page.evaluate("document.documentElement.lang") == language
        assert page.locator("h1").count() == 1, f"{path}: one h1 per page"
        # Every font, style, script and image comes from the site itself, and arrives.
        foreign = [url for url in requests if not url.startswith(site_server)]
        assert not foreign, f"{path} loads from elsewhere: {foreign}"
        assert not failed, f"{path}: {failed}"
        assert not errors, f"{path}: script errors {errors}"

        if viewport == "phone":
            overflow = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
            assert overflow[0] <= overflow[1], f"{path} scrolls sideways on a phone: {overflow}"

        violations = run_axe(page)
        assert not violations, (
            f"axe found {len(violations)} violation(s) on {path} ({language}, {viewport}):\n"
            + format_violations(violations)
        )
    finally:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_shows_on_focus_and_moves_focus_to_main(site_server, browser, language):
    context, page, response = _open(browser, f"{site_server}/{language}/")
    try:
        assert response.status == 200
        skip = page.locator("a.skip-link")
        assert skip.get_attribute("href") == "#main"

        def shown():
            return page.evaluate(
                """() => {
                    const link = document.querySelector("a.skip-link");
                    const box = link.getBoundingClientRect();
                    return box.width > 10 && box.height > 10 && box.bottom > 0
                        && box.top < window.innerHeight && box.right > 0
                        && box.left < window.innerWidth;
                }"""
            )

        assert not shown(), "the skip link is hidden until it has focus"
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('skip-link')"), (
            "the skip link is the first thing the keyboard reaches"
        )
        assert shown(), "the focused skip link is visible"
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")
        assert page.evaluate("document.activeElement.tagName") == "MAIN"
    finally:
        context.close()


def test_library_filters_fold_on_a_phone_and_open_on_a_desktop(site_server, browser):
    library = f"{site_server}/en/practices/"
    context, page, _ = _open(browser, library, "phone")
    try:
        toggle = page.locator(".filters h2 button[aria-expanded]")
        assert toggle.count() == 1
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not page.locator("#filters-panel").is_visible()
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        assert page.locator("#filters-panel").is_visible()
        assert page.locator("#filters-panel fieldset legend").count() >= 1
    finally:
        context.close()

    context, page, _ = _open(browser, library, "desktop")
    try:
        assert page.locator(".filters h2 button").count() == 0
        assert page.locator("#filters-panel").is_visible()
    finally:
        context.close()
