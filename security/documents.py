"""Document privacy (docs/security.md): an uploaded document is served to
anonymous readers only when a live, public page references it, as Wagtail's
ReferenceIndex records (links in rich text, document blocks, foreign keys).
A document linked from nothing, only from drafts, or only from pages behind
a view restriction (the members' area) answers 404, as if it did not exist;
editors who may choose or change it still get it."""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry


def is_public(document):
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    ids = [int(value) for value in page_ids if value.isdigit()]
    return bool(ids) and Page.objects.filter(pk__in=ids).live().public().exists()


def may_serve(document, user):
    policy = policy_registry.get_by_type(get_document_model())
    if user.is_authenticated and policy.user_has_any_permission_for_instance(
        user, ["choose", "change"], document
    ):
        return True
    return is_public(document)
