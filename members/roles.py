"""A member city's editors: one group per city, scoped to the city's pages
and its collection.

``ensure_city_group(city)`` creates, idempotently, the group "<City>
editors" with exactly these permissions:

* add and change pages under the city's page in every language tree
  (Wagtail's page permissions cover the page and its subtree). No publish,
  lock or bulk-delete: what editors write reaches readers through the
  "Moderators approval" workflow, and they can delete only pages that were
  never published;
* add, change, choose and delete images and documents in the city's
  collection, and choose (not change) those of the network's shared library
  (the "Network" collection), so a city may reuse the network's pictures and
  papers. Nothing in another city's collection: its files may be private
  (a document linked from nothing public, an image of a members-only page),
  and choosing a document also lets the user download it;
* access to the admin. Nothing on snippets, settings, users or other trees.

Permissions are attached to the city page of each tree, so a tree added
later needs the command to run again (it is idempotent).
"""

from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
)

from core.roles import _permission, ensure_roles

EDITOR_PERMISSIONS = ["wagtailadmin.access_admin"]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtailimages.delete_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtaildocs.delete_document",
]
LIBRARY_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
# The shared library every city may choose from (the demo's network media live there).
NETWORK_COLLECTION = "Network"


def group_name(city_name):
    return f"{city_name} editors"


def city_pages(city):
    """The city's page in every language tree: the source and its
    translations and aliases (they share the translation key)."""
    return Page.objects.filter(translation_key=city.translation_key).order_by("path")


def ensure_collection(name):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(instance=Collection(name=name))
    return collection


def ensure_city_group(city, name, workflow=None):
    """The city's group, collection and workflow assignment. `city` is the
    city's page in the default language; `name` its name for the group;
    `workflow` the moderation workflow (ensured with the roles when None)."""
    group, _created = Group.objects.get_or_create(name=group_name(name))
    group.permissions.add(*[_permission(dotted) for dotted in EDITOR_PERMISSIONS])
    workflow = workflow or ensure_roles()["workflow"]
    for page in city_pages(city):
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission(f"wagtailcore.{codename}")
            )
        # Explicit, so that a tree's home choosing another workflow does not
        # let a city's pages out of moderation.
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    collection = ensure_collection(name)
    for dotted in EDITOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(dotted)
        )
    library = ensure_collection(NETWORK_COLLECTION)
    root = Collection.get_first_root_node()
    for dotted in LIBRARY_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=library, permission=_permission(dotted)
        )
        # Granted on the root (every collection, other cities' too) before 2026-12.
        GroupCollectionPermission.objects.filter(
            group=group, collection=root, permission=_permission(dotted)
        ).delete()
    return group, collection


def city_roots_for(user):
    """The city pages whose subtrees `user` edits as a city editor (every
    tree), read from the user's groups. One query."""
    return Page.objects.filter(
        group_permissions__group__user=user,
        group_permissions__group__name__endswith=" editors",
        group_permissions__permission__codename="change_page",
    ).distinct()
