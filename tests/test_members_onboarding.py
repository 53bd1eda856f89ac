"""Onboarding a member city with add_member_city: what it creates, that a
second run changes nothing, the editors' invitation e-mail; and the demo's
city groups, made by the same service."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    WorkflowContentType,
    WorkflowPage,
)

from cities.models import CityPage
from members.roles import EDITOR_COLLECTION_PERMISSIONS, EDITOR_PAGE_PERMISSIONS
from taxonomy.models import TargetGroup, Theme

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "groups": Group.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "permissions": Group.permissions.through.objects.count(),
        "collections": Collection.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": get_user_model().groups.through.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
    }


def onboard():
    call_command(
        "add_member_city",
        "Patras",
        country="gr",
        joined="2024-03-01",
        decision="45/2024",
        editor=["Maria@patras.example.org", "nikos@patras.example.org"],
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )


def test_add_member_city_creates_everything_once():
    before = counts()
    onboard()
    after = counts()
    locales = Locale.objects.count()
    assert after["pages"] - before["pages"] == locales  # the page + an alias per tree
    assert after["groups"] - before["groups"] == 1
    assert after["collections"] - before["collections"] == 1
    assert after["users"] - before["users"] == 2
    assert after["page permissions"] - before["page permissions"] == locales * len(
        EDITOR_PAGE_PERMISSIONS
    )

    source = CityPage.objects.get(slug="patras", locale__language_code="el")
    assert source.live and source.country == "GR" and source.council_decision == "45/2024"
    assert str(source.joined_on) == "2024-03-01"
    copies = Page.objects.filter(translation_key=source.translation_key)
    assert copies.count() == locales
    assert all(page.alias_of_id == source.pk for page in copies.exclude(pk=source.pk))

    group = Group.objects.get(name="Patras editors")
    assert set(group.permissions.values_list("codename", flat=True)) == {"access_admin"}
    page_perms = GroupPagePermission.objects.filter(group=group)
    assert {perm.page_id for perm in page_perms} == set(copies.values_list("pk", flat=True))
    assert {perm.permission.codename for perm in page_perms} == set(EDITOR_PAGE_PERMISSIONS)
    collection = Collection.objects.get(name="Patras")
    own = GroupCollectionPermission.objects.filter(group=group, collection=collection)
    assert {f"{p.permission.content_type.app_label}.{p.permission.codename}" for p in own} == set(
        EDITOR_COLLECTION_PERMISSIONS
    )
    for page in copies:
        assert WorkflowPage.objects.get(page=page).workflow.name == "Moderators approval"
    assert set(group.user_set.values_list("email", flat=True)) == {
        "Maria@patras.example.org",
        "nikos@patras.example.org",
    }

    # Each editor gets Django's password reset e-mail with a working link.
    assert sorted(message.to[0] for message in mail.outbox) == [
        "Maria@patras.example.org",
        "nikos@patras.example.org",
    ]
    assert "/admin/password_reset/" in mail.outbox[0].body

    # Again: nothing changes, nobody is e-mailed twice.
    onboard()
    assert counts() == after
    assert len(mail.outbox) == 2


def test_invitation_link_lets_the_editor_set_a_password(client):
    onboard()
    body = next(m.body for m in mail.outbox if "nikos" in m.to[0])
    link = next(word for word in body.split() if "/admin/password_reset/" in word)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else "/" + path
    response = client.post(
        form_url,
        {"new_password1": "a-long-new-passphrase", "new_password2": "a-long-new-passphrase"},
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nikos@patras.example.org")
    assert user.check_password("a-long-new-passphrase")


def test_bad_input_is_a_command_error():
    with pytest.raises(CommandError):
        call_command("add_member_city", "Patras", country="XX", joined="2024-03-01")
    with pytest.raises(CommandError):
        call_command("add_member_city", "Patras", country="GR", joined="yesterday")
    with pytest.raises(CommandError):
        call_command("add_member_city", "!!!", country="GR", joined="2024-03-01")


def test_demo_cities_have_their_groups():
    for name, slug in [("Athens", "athens"), ("Cologne", "cologne"), ("Katerini", "katerini")]:
        group = Group.objects.get(name=f"{name} editors")
        pages = GroupPagePermission.objects.filter(group=group).values_list("page__slug", flat=True)
        assert set(pages) == {slug}
        assert GroupPagePermission.objects.filter(group=group).count() == (
            Locale.objects.count() * len(EDITOR_PAGE_PERMISSIONS)
        )
    for username, group in [
        ("athens-editor", "Athens editors"),
        ("cologne-editor", "Cologne editors"),
    ]:
        assert get_user_model().objects.get(username=username).groups.filter(name=group).exists()


def test_vocabularies_are_moderated():
    for model in (Theme, TargetGroup):
        from django.contrib.contenttypes.models import ContentType

        ct = ContentType.objects.get_for_model(model)
        assert (
            WorkflowContentType.objects.get(content_type=ct).workflow.name == "Moderators approval"
        )


def test_older_installs_choose_from_the_library_not_every_collection():
    """Migration members.0001_city_libraries: a city group's choose grants
    on the root collection (every city's collection) move to "Network",
    which it makes when missing; running it again changes nothing."""
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Permission

    from members.roles import LIBRARY_PERMISSIONS, NETWORK_COLLECTION

    migration = importlib.import_module("members.migrations.0001_city_libraries")
    group = Group.objects.get(name="Athens editors")
    root = Collection.get_first_root_node()
    Collection.objects.filter(name=NETWORK_COLLECTION).update(name="Network (old)")
    GroupCollectionPermission.objects.filter(group=group, collection__name="Network (old)").delete()
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in (dotted.split(".") for dotted in LIBRARY_PERMISSIONS)
    ]
    for permission in permissions:
        GroupCollectionPermission.objects.create(
            group=group, collection=root, permission=permission
        )

    migration.library_instead_of_root(apps, None)
    assert not GroupCollectionPermission.objects.filter(group=group, collection=root).exists()
    library = Collection.objects.get(name=NETWORK_COLLECTION)
    assert library.get_parent() == root
    assert root.get_children().count() == Collection.objects.get(pk=root.pk).numchild
    granted = GroupCollectionPermission.objects.filter(group=group, collection=library)
    assert set(granted.values_list("permission", flat=True)) == {p.pk for p in permissions}
    before = GroupCollectionPermission.objects.count(), Collection.objects.count()
    migration.library_instead_of_root(apps, None)
    assert (GroupCollectionPermission.objects.count(), Collection.objects.count()) == before
