"""Every members' area page, in every language tree (aliases and
translations included), gets its restriction the moment it is saved: a
page is never public, not even for the time between its creation and an
editor's setting of its privacy."""

from django.db.models.signals import post_save
from django.dispatch import receiver


def _restrict(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk:
        return
    instance.ensure_privacy()


def connect():
    from .models import CommunityIndexPage, DiscussionPage

    for model in (CommunityIndexPage, DiscussionPage):
        post_save.connect(_restrict, sender=model, dispatch_uid=f"community-privacy-{model}")


connect()


@receiver(post_save, sender="community.Answer", dispatch_uid="community-answer-approved")
def tell_the_author(sender, instance, created, raw=False, **kwargs):
    # Members' answers are created awaiting moderation: approval is a change.
    if raw or created:
        return
    from .notifications import notify_if_newly_approved

    notify_if_newly_approved(instance)
