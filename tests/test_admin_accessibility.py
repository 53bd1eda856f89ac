"""The admin for editors who use a screen reader (#20).

The edit forms the city editors and moderators use, and wagtail-localize's
translation editor, are opened in headless Chromium and checked with
axe-core (as in test_accessibility.py). A serious or critical violation
fails the test unless it is one of Wagtail's or wagtail-localize's own,
listed in KNOWN_UPSTREAM with its upstream issue (docs/members.md, "The
admin with a screen reader"): a new one fails.

Sessions and the translation are written outside the test transaction,
so that the live server reads them on PostgreSQL too, and removed after.
"""

import json
import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests.test_accessibility import format_violations, run_axe

# (axe rule, CSS selector the failing element matches, upstream issue or None).
KNOWN_UPSTREAM = [
    # A rich-text block in a StreamField: Wagtail draws it in the browser,
    # its label a heading the editor is not tied to.
    (
        "aria-input-field-name",
        "[data-streamfield-widget] .public-DraftEditor-content",
        "https://github.com/wagtail/wagtail/issues/14205",
    ),
    # wagtail-localize's field headings, #00b0b1 on white (2.67:1).
    ("color-contrast", ".js-translation-editor li > h3", None),
    # wagtail-localize's PO file upload has no label.
    ("label", ".js-translation-editor form input[type=file][name=file]", None),
]
SERIOUS = {"serious", "critical"}

# Form: (user, how to find the page). The demo's users (demo/admin_user.py).
FORMS = {
    "practice": ("athens-editor", "practices.PracticePage"),
    "news": ("athens-editor", "news.NewsPage"),
    "city": ("athens-editor", "cities.CityPage"),
    "declaration": ("moderator", "declarations.DeclarationPage"),
    "event": ("moderator", "events.EventPage"),
    "publication": ("moderator", "publications.PublicationPage"),
    "translation editor": ("translator", None),
}


def _edit_form_page(model_label):
    """A Greek page of that model: in Athens when there is one (what its
    editors edit), else the network's."""
    from django.apps import apps

    from cities.models import CityPage

    model = apps.get_model(model_label)
    athens = CityPage.objects.get(slug="athens", locale__language_code="el")
    greek = model.objects.filter(locale__language_code="el")
    return greek.descendant_of(athens, inclusive=True).first() or greek.first()


@pytest.fixture(scope="module")
def admin_site(site_server):
    """Session cookies of the demo's users, and an English practice that
    wagtail-localize translates (its edit view is the translation editor)."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail_localize.models import Translation, TranslationSource

    from practices.models import PracticePage

    cookies = {}
    clients = []
    for username in {user for user, _ in FORMS.values()}:
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        cookies[username] = client.cookies[settings.SESSION_COOKIE_NAME].value
        clients.append(client)
    english = PracticePage.objects.filter(
        locale__language_code="en", alias_of__isnull=True, city__slug="athens"
    ).first()
    greek = PracticePage.objects.get(
        translation_key=english.translation_key, locale__language_code="el"
    )
    source, created = TranslationSource.get_or_create_from_instance(greek)
    translation = Translation.objects.create(source=source, target_locale=english.locale)
    pages = {name: _edit_form_page(model).pk for name, (_, model) in FORMS.items() if model}
    pages["translation editor"] = english.pk
    yield {"cookies": cookies, "pages": pages}
    translation.delete()
    if created:
        source.delete()
    for client in clients:
        client.logout()


def _violations(browser, base, cookie, path):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": base}])
    try:
        page = context.new_page()
        response = page.goto(base + path, wait_until="load")
        assert response.status == 200 and page.url == base + path, (response.status, page.url)
        # Draftail and the translation editor are drawn by scripts after load.
        page.wait_for_selector("[role=textbox], .js-translation-editor li")
        violations = run_axe(page)
        for violation in violations:
            for node in violation["nodes"]:
                node["known"] = next(
                    (
                        issue or "no upstream issue found"
                        for rule, selector, issue in KNOWN_UPSTREAM
                        if rule == violation["id"]
                        and page.evaluate(
                            "([t, s]) => document.querySelector(t).matches(s)",
                            [node["target"][-1], selector],
                        )
                    ),
                    None,
                )
        return violations
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("name", list(FORMS))
def test_admin_edit_form_has_no_serious_axe_violation_of_its_own(
    site_server, browser, admin_site, name
):
    user, _ = FORMS[name]
    path = reverse("wagtailadmin_pages:edit", args=[admin_site["pages"][name]])
    violations = _violations(browser, site_server, admin_site["cookies"][user], path)
    own = [
        {**violation, "nodes": [node for node in violation["nodes"] if not node["known"]]}
        for violation in violations
        if violation.get("impact") in SERIOUS
    ]
    own = [violation for violation in own if violation["nodes"]]
    known = sorted(
        {
            (violation["id"], node["known"])
            for violation in violations
            for node in violation["nodes"]
            if node["known"]
        }
    )
    # The figures of docs/members.md: rule → failing elements, with upstream's count.
    print(name, {v["id"]: len(v["nodes"]) for v in violations}, "known:", known)
    assert not own, (
        f"axe on the {name} form ({path}, as {user}), not Wagtail's known issues:\n"
        + format_violations(own)
    )


# --- without a browser: each rich-text field is named by its label ----------


@pytest.mark.django_db
def test_rich_text_fields_are_labelled_by_their_field_label(client):
    """Draftail renders aria-labelledby from its options: each rich-text
    input of the practice form names its own field's label."""
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="athens-editor"))
    practice = _edit_form_page("practices.PracticePage")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[practice.pk])).content.decode()
    inputs = re.findall(r"<input[^>]*data-draftail-input[^>]*>", html)
    assert len(inputs) == 4  # inspiring, how it works, how it started, the result
    for tag in inputs:
        field_id = re.search(r'\bid="([^"]+)"', tag).group(1)
        options = json.loads(
            re.search(r"data-w-init-detail-value=\"([^\"]*)\"", tag)
            .group(1)
            .replace("&quot;", '"')
            .replace("&amp;", "&")
        )
        assert options["ariaLabelledBy"] == f"{field_id}-label"
        assert re.search(rf'<label[^>]*for="{field_id}"[^>]*id="{field_id}-label"', html), tag
