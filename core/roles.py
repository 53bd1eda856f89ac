"""The admin's roles: the network's moderators and its translators.

``ensure_roles()`` creates them idempotently (the demo loader calls it):

* **Network moderators** edit and publish in every language tree, submit
  pages and terms for translation, and approve the moderation workflow.
* **Translators** translate: they submit pages and terms for translation
  and edit the pages of every language tree except the default language's,
  which holds the source texts. They cannot publish, so what they write
  reaches readers only through a moderator's approval; they cannot change
  source pages (no permission in that tree) or source terms (see
  taxonomy.wagtail_hooks).

Every language tree's home page, and the vocabulary snippets (themes and
target groups), use the "Moderators approval" workflow,
whose one task is approval by a Network moderator: source pages and
translations go through the same moderation. Wagtail's own migrations
create a workflow of that name (for its "Moderators" group); it is reused.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

MODERATORS = "Network moderators"
TRANSLATORS = "Translators"
WORKFLOW = "Moderators approval"
TASK = "Network moderators approval"

MODERATOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "taxonomy.add_theme",
    "taxonomy.change_theme",
    "taxonomy.delete_theme",
    "taxonomy.add_targetgroup",
    "taxonomy.change_targetgroup",
    "taxonomy.delete_targetgroup",
    "taxonomy.publish_theme",
    "taxonomy.publish_targetgroup",
    "taxonomy.lock_theme",
    "taxonomy.lock_targetgroup",
    "taxonomy.unlock_theme",
    "taxonomy.unlock_targetgroup",
]
TRANSLATOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "taxonomy.change_theme",
    "taxonomy.change_targetgroup",
]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
MODERATOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _group(name, permissions):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(*[_permission(dotted) for dotted in permissions])
    return group


def moderated_snippets():
    """The snippets that go through the moderation workflow: the
    vocabularies, which readers see in every language."""
    from taxonomy.models import TargetGroup, Theme

    return [Theme, TargetGroup]


def language_homes():
    """The home page of every language tree (the children of the root)."""
    return Page.objects.filter(depth=2).select_related("locale")


@transaction.atomic
def ensure_roles():
    moderators = _group(MODERATORS, MODERATOR_PERMISSIONS)
    translators = _group(TRANSLATORS, TRANSLATOR_PERMISSIONS)
    homes = list(language_homes())
    for home in homes:
        for codename in MODERATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=moderators, page=home, permission=_permission(f"wagtailcore.{codename}")
            )
        if home.locale.language_code != settings.LANGUAGE_CODE:
            for codename in TRANSLATOR_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=translators, page=home, permission=_permission(f"wagtailcore.{codename}")
                )
    root_collection = Collection.get_first_root_node()
    for dotted in MODERATOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=moderators, collection=root_collection, permission=_permission(dotted)
        )
    workflow = ensure_workflow(moderators)
    for home in homes:
        # An editor's choice of another workflow for a tree is kept.
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    for model in moderated_snippets():
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return {"moderators": moderators, "translators": translators, "workflow": workflow}


def ensure_workflow(moderators):
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
    task.groups.add(moderators)
    workflow = Workflow.objects.filter(name=WORKFLOW).order_by("pk").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW)
    if list(workflow.workflow_tasks.values_list("task_id", flat=True)) != [task.pk]:
        workflow.workflow_tasks.all().delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    return workflow
