"""The autocomplete script in a real browser: an ARIA combobox over the
library's search field, driven by the keyboard."""

import pytest

pytestmark = pytest.mark.browser


def test_autocomplete_is_a_keyboard_combobox(site_server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{site_server}/en/practices/", wait_until="load")
        field = page.locator("#library-search-q")
        assert field.get_attribute("role") == "combobox"
        assert field.get_attribute("aria-expanded") == "false"
        field.press_sequentially("interc", delay=20)
        listbox = page.locator("#library-search-q-suggestions")
        listbox.locator("[role=option]").first.wait_for()
        assert field.get_attribute("aria-expanded") == "true"
        options = listbox.locator("[role=option]").all_text_contents()
        assert "Intercultural Service" in options
        field.press("ArrowDown")
        first = listbox.locator("[role=option]").first
        assert first.get_attribute("aria-selected") == "true"
        assert field.get_attribute("aria-activedescendant") == first.get_attribute("id")
        field.press("Escape")
        assert field.get_attribute("aria-expanded") == "false"
        field.press("ArrowDown")  # closed: nothing happens
        field.press("Enter")  # a plain search of the typed text
        page.wait_for_url("**/en/practices/?q=interc*")
        assert "results__count" in page.content()
    finally:
        context.close()
