"""Nothing of another city's unpublished work shows in the admin: as
Athens' editor, every listing, chooser, confirmation page, report and the
admin API is tried for Cologne's drafts (a page never published and a
published page with a newer, unpublished title) in two language trees. The
same routes list Athens' own drafts, so an empty page cannot pass."""

import pytest
from django.urls import reverse

from tests.members_fixtures import *  # noqa: F403  (fixtures)
from tests.members_fixtures import WORD, secret

pytestmark = pytest.mark.django_db

TREES = ["el", "en"]


def routes(drafts, city, language):
    child = drafts[city, language]["child"]
    page = drafts[city, language]["page"]
    city_page = page.get_parent()
    word = WORD
    bulk = "/admin/bulk/wagtailcore/page/{}/?id={}&id={}"
    return [
        f"/admin/pages/search/?q={word}",
        f"/admin/pages/search/results/?q={word}",
        f"/admin/pages/{city_page.pk}/?q={word}",
        f"/admin/choose-page/{city_page.pk}/",
        f"/admin/choose-page/{page.pk}/",
        f"/admin/choose-page/search/?q={word}",
        f"/admin/choose-page/?q={word}",
        bulk.format("delete", child.pk, page.pk),
        bulk.format("move", child.pk, page.pk),
        bulk.format("publish", child.pk, page.pk),
        bulk.format("unpublish", child.pk, page.pk),
        f"/admin/bulk/wagtailcore/page/delete/?id=all&childOf={page.pk}",
        f"/admin/api/main/pages/?child_of={page.pk}",
        f"/admin/api/main/pages/{child.pk}/",
        f"/admin/api/main/pages/{page.pk}/",
        f"/admin/api/main/pages/?search={word}",
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{child.pk}/workflow_history/",
        f"/admin/pages/{page.pk}/revisions/compare/earliest...latest/",
        "/admin/",
    ]


@pytest.mark.parametrize("language", TREES)
def test_another_citys_drafts_never_show(client, users, drafts, language):
    client.force_login(users["athens"])
    leaks = []
    for path in routes(drafts, "cologne", language):
        response = client.get(path)
        assert response.status_code < 500, path
        body = response.content.decode()
        if f"{WORD} cologne" in body:
            leaks.append(path)
    assert leaks == [], "\n".join(leaks)


# Own drafts show where the route lists drafts: the refusals above are not an empty admin.
OWN_ROUTES = [0, 1, 3, 4, 5, 7, 12, 13]


@pytest.mark.parametrize("language", TREES)
def test_own_drafts_show(client, users, drafts, language, settings):
    # The control needs the admin search to see drafts made a moment ago: the
    # database backend does at once; Elasticsearch only after its refresh.
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    client.force_login(users["athens"])
    all_routes = routes(drafts, "athens", language)
    missing = []
    for index in OWN_ROUTES:
        response = client.get(all_routes[index])
        if secret("athens", language) not in response.content.decode():
            missing.append(all_routes[index])
    assert missing == []
