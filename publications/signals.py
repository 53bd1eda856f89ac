"""A document's file replaced in the admin: the publications that use it
read its text again and go back into the public search."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model


@receiver(post_save, sender=get_document_model())
def reread_document_text(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    from search import indexing

    from .extraction import document_key
    from .models import PublicationPage

    stale = PublicationPage.objects.filter(document=instance).exclude(
        document_text_key=document_key(instance)
    )
    changed = []
    for page in stale:
        page.refresh_document_text()
        PublicationPage.objects.filter(pk=page.pk).update(
            document_text=page.document_text, document_text_key=page.document_text_key
        )
        changed.append(page.pk)
    if changed and not indexing.is_suspended():
        indexing.refresh(changed)
