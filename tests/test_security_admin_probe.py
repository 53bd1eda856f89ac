"""The probe of issue #17: logged in as Athens' editor, walk the admin's
routes for Cologne's pages, documents and images (edit, preview, workflow
preview and actions, history, revisions, explorer, move, copy, delete,
unpublish, privacy, lock, choosers and their searches, reports, usage, the
admin API, downloads) and check that none shows anything of Cologne's
drafts: a page never published, a new title of a published page (one in
moderation), a live page under that retitled one, and a document and an
image in Cologne's collection, all titled with the secret word. Messages a
refusal leaves behind are read on the next admin page.

Run with `-s` for the figures (routes tried, refused, revealing)."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupApprovalTask, Workflow

from core.roles import TASK, WORKFLOW
from standardpages.models import StandardPage
from tests.members_fixtures import *  # noqa: F403  (fixtures)
from tests.members_fixtures import DRAFT_TREES, WORD

pytestmark = pytest.mark.django_db

LEAK = f"{WORD} cologne"  # in every secret title of Cologne's


@pytest.fixture
def foreign(drafts, users, city_media):
    """Cologne's secrets, per tree, beyond the drafts: the retitled page in
    moderation, a live page under it, a draft using Athens' document and
    image (a moderator may link them); and its collection's document and image."""
    workflow = Workflow.objects.get(name=WORKFLOW)
    images, documents = city_media
    made = {"own_image": images["athens"], "own_document": documents["athens"]}
    for language in DRAFT_TREES:
        page = StandardPage.objects.get(pk=drafts["cologne", language]["page"].pk)
        under = StandardPage(title=f"Kwv visible {language}", slug="visible", summary="Live.")
        page.add_child(instance=under)
        under.save_revision().publish()
        user = StandardPage(
            title=f"{LEAK} {language} uses Athens' media",
            slug="uses",
            live=False,
            image=images["athens"],
            introduction=f'<p><a linktype="document" id="{documents["athens"].pk}">x</a></p>',
        )
        page.get_parent().add_child(instance=user)
        user.save_revision()
        state = workflow.start(page, users["cologne"])
        made[language] = {
            **drafts["cologne", language],
            "under": under,
            "task_state": state.current_task_state,
        }
    collection = Collection.objects.get(name="Cologne")
    made["document"] = get_document_model().objects.create(
        title=f"{LEAK} private document",
        file=ContentFile(f"{LEAK} contents".encode(), name="cologne-secret.txt"),
        collection=collection,
    )
    made["image"] = get_image_model().objects.create(
        title=f"{LEAK} private image", file=get_test_image_file(), collection=collection
    )
    made["task"] = GroupApprovalTask.objects.get(name=TASK)
    return made


def page_routes(page, task, task_state, own):
    """(method, address) of every admin view of one page."""
    revision = page.latest_revision
    pages = "wagtailadmin_pages:"
    one = [
        "edit",
        "preview_on_edit",
        "view_draft",
        "delete",
        "unpublish",
        "convert_alias",
        "copy",
        "confirm_workflow_cancellation",
        "set_privacy",
        "lock",
        "unlock",
        "revisions_index",
        "workflow_history",
        "history",
        "history_results",
        "usage",
    ]
    routes = [("get", reverse(pages + name, args=[page.pk])) for name in one]
    routes += [("post", reverse(pages + name, args=[page.pk])) for name in one[3:11]]
    routes += [
        ("get", reverse("wagtailadmin_explore", args=[page.pk])),
        ("get", reverse("wagtailadmin_explore_results", args=[page.pk])),
        ("get", reverse("wagtailadmin_choose_page_child", args=[page.pk])),
        ("get", reverse(pages + "add_subpage", args=[page.pk])),
        ("get", reverse(pages + "add", args=["standardpages", "standardpage", page.pk])),
        ("get", reverse(pages + "move", args=[page.pk])),
        ("get", reverse(pages + "move_confirm", args=[page.pk, own.pk])),
        ("post", reverse(pages + "move_confirm", args=[page.pk, own.pk])),
        ("get", reverse(pages + "move_confirm", args=[own.pk, page.pk])),
        ("post", reverse(pages + "set_page_position", args=[page.pk]) + "?position=0"),
        ("get", reverse(pages + "workflow_preview", args=[page.pk, task.pk])),
        ("get", reverse(pages + "revisions_view", args=[page.pk, revision.pk])),
        ("post", reverse(pages + "revisions_revert", args=[page.pk, revision.pk])),
        ("get", reverse(pages + "revisions_unschedule", args=[page.pk, revision.pk])),
        ("get", reverse(pages + "revisions_compare", args=[page.pk, "earliest", "latest"])),
        ("get", reverse("wagtail_localize:submit_page_translation", args=[page.pk])),
        ("get", reverse("wagtail_localize:convert_to_alias", args=[page.pk])),
        ("get", reverse("wagtailadmin_workflows:remove", args=[page.pk])),
        ("get", f"/admin/api/main/pages/{page.pk}/"),
        ("get", f"/admin/api/main/pages/?child_of={page.pk}"),
        ("get", f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}"),
    ]
    state = task_state.pk if task_state else 1
    for name in ("workflow_action", "collect_workflow_action_data"):
        for action in ("approve", "reject"):
            routes.append(("get", reverse(pages + name, args=[page.pk, action, state])))
            routes.append(("post", reverse(pages + name, args=[page.pk, action, state])))
    if task_state:
        routes.append(
            (
                "get",
                reverse(
                    pages + "workflow_history_detail", args=[page.pk, task_state.workflow_state_id]
                ),
            )
        )
    return routes


def media_routes(document, image, own_document, own_image):
    """Cologne's document and image; the usage of Athens' own, which a
    draft of Cologne's uses."""
    return [
        ("get", reverse("wagtaildocs:document_usage", args=[own_document.pk])),
        ("get", reverse("wagtaildocs:edit", args=[own_document.pk])),
        ("get", reverse("wagtailimages:edit", args=[own_image.pk])),
        ("get", reverse("wagtailimages:image_usage", args=[own_image.pk])),
        ("get", document.url),
        ("get", reverse("wagtaildocs:edit", args=[document.pk])),
        ("get", reverse("wagtaildocs:delete", args=[document.pk])),
        ("get", reverse("wagtaildocs:document_usage", args=[document.pk])),
        ("get", reverse("wagtaildocs:index") + f"?q={WORD}"),
        ("get", reverse("wagtaildocs_chooser:choose")),
        ("get", reverse("wagtaildocs_chooser:choose") + f"?q={WORD}"),
        ("get", reverse("wagtaildocs_chooser:chosen", args=[document.pk])),
        ("get", f"/admin/api/main/documents/{document.pk}/"),
        ("get", f"/admin/api/main/documents/?search={WORD}"),
        ("get", reverse("wagtailimages:edit", args=[image.pk])),
        ("get", reverse("wagtailimages:delete", args=[image.pk])),
        ("get", reverse("wagtailimages:url_generator", args=[image.pk])),
        ("get", reverse("wagtailimages:index") + f"?q={WORD}"),
        ("get", reverse("wagtailimages_chooser:choose")),
        ("get", reverse("wagtailimages_chooser:choose") + f"?q={WORD}"),
        ("get", reverse("wagtailimages_chooser:chosen", args=[image.pk])),
        ("get", f"/admin/api/main/images/{image.pk}/"),
    ]


def list_routes():
    reports = [
        "locked_pages",
        "workflow",
        "workflow_tasks",
        "site_history",
        "aging_pages",
        "page_types_usage",
        "page_types_usage_results",
    ]
    return [("get", reverse(f"wagtailadmin_reports:{name}")) for name in reports] + [
        ("get", reverse("wagtailadmin_pages:type_use", args=["standardpages", "standardpage"])),
        ("get", f"/admin/pages/search/?q={WORD}"),
        ("get", "/admin/pages/search/?q=Kwv"),
        ("get", f"/admin/choose-page/search/?q={WORD}"),
        ("get", "/admin/choose-page/search/?q=Kwv"),
        ("get", f"/admin/api/main/pages/?search={WORD}"),
        ("get", "/admin/api/main/pages/?search=Kwv"),
        ("get", "/admin/"),
    ]


def refused(response):
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response.url.startswith(
        (reverse("wagtailadmin_home"), reverse("wagtailadmin_login"))
    )


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def test_no_admin_route_reveals_another_citys_drafts(client, users, city_pages, foreign):
    client.force_login(users["athens"])
    own = city_pages["athens"]["en"]
    routes = list_routes() + media_routes(
        foreign["document"], foreign["image"], foreign["own_document"], foreign["own_image"]
    )
    for language in DRAFT_TREES:
        made = foreign[language]
        for name in ("child", "page", "under"):
            state = made["task_state"] if name == "page" else None
            routes += page_routes(made[name], foreign["task"], state, own)
        routes += page_routes(made["page"].get_parent(), foreign["task"], None, own)
    tried, refusals, leaks = 0, 0, []
    for method, address in routes:
        response = getattr(client, method)(address)
        tried += 1
        assert response.status_code < 500, (method, address)
        refusals += refused(response)
        text = body(response)
        if response.status_code == 302:
            text += body(client.get(response.url))
        text += body(client.get("/admin/"))  # a message left for the next page
        if LEAK in text:
            leaks.append(f"{method} {address}")
    print(f"\nadmin probe: {tried} routes tried, {refusals} refused, {len(leaks)} reveal")
    assert leaks == [], "\n".join(leaks)
    # The foreign content is unchanged by the attempts.
    for language in DRAFT_TREES:
        page = StandardPage.objects.get(pk=foreign[language]["page"].pk)
        assert page.live and page.get_latest_revision().object_id == str(page.pk)
        assert StandardPage.objects.filter(pk=foreign[language]["child"].pk).exists()


# --- the three leaks of the issue, one by one, with their positive controls --


def test_workflow_preview_of_another_citys_page_leaves_no_title(client, users, drafts):
    page = drafts["cologne", "en"]["page"]  # not in moderation: Wagtail's message names it
    task = GroupApprovalTask.objects.get(name=TASK)
    client.force_login(users["athens"])
    address = reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk])
    response = client.get(address, follow=True)
    assert LEAK not in response.content.decode()
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]  # refused


def test_explorer_of_another_citys_draft_shows_no_title(client, users, drafts):
    client.force_login(users["athens"])
    for name in ("page", "child"):
        address = reverse("wagtailadmin_explore", args=[drafts["cologne", "en"][name].pk])
        assert LEAK not in client.get(address, follow=True).content.decode()
    own = drafts["athens", "en"]["page"]
    html = client.get(reverse("wagtailadmin_explore", args=[own.pk])).content.decode()
    assert "Exploring: Zqx athens en draft retitle" in html


def test_page_types_usage_report_names_no_other_citys_page(client, users, drafts):
    address = reverse("wagtailadmin_reports:page_types_usage")
    client.force_login(users["athens"])
    response = client.get(address, follow=True)
    assert LEAK not in response.content.decode()
    assert response.redirect_chain  # refused, back on the dashboard
    assert address not in client.get("/admin/").content.decode()  # nor in the Reports menu
    client.force_login(users["moderator"])
    html = client.get(address).content.decode()
    assert "Zqx cologne en draft retitle" in html  # the latest edited page, for the network
