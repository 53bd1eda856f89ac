"""City editors choose images and documents from their own collection and
the network's shared library ("Network"), no longer from the root
collection, which covered every other city's collection too (members/roles.py).
Fresh installs have no city groups yet: nothing to do."""

from django.db import migrations

LIBRARY = "Network"
PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # django-treebeard's, steps of 4


def _next_child_path(Collection, root):
    last = Collection.objects.filter(depth=root.depth + 1).order_by("-path").first()
    number = 1
    if last is not None:
        number = sum(ALPHABET.index(c) * 36**i for i, c in enumerate(reversed(last.path[-4:]))) + 1
    step = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        step = ALPHABET[digit] + step
    return root.path + step


def library_instead_of_root(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    permissions = [
        Permission.objects.filter(content_type__app_label=app, codename=codename).first()
        for app, codename in PERMISSIONS
    ]
    grants = GroupCollectionPermission.objects.filter(
        collection=root,
        group__name__endswith=" editors",
        permission__in=[p for p in permissions if p is not None],
    )
    if root is None or not grants.exists():
        return
    library = Collection.objects.filter(depth=2, name=LIBRARY).first()
    if library is None:
        library = Collection.objects.create(
            name=LIBRARY, path=_next_child_path(Collection, root), depth=2, numchild=0
        )
        root.numchild += 1
        root.save(update_fields=["numchild"])
    for grant in grants:
        GroupCollectionPermission.objects.get_or_create(
            group_id=grant.group_id, collection=library, permission_id=grant.permission_id
        )
    grants.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(library_instead_of_root, migrations.RunPython.noop)]
