"""Translations of pages are drafts until someone allowed to publish does so.

wagtail-localize writes a translation into its target object in
``Translation.save_target(user, publish)``. As shipped, two of its paths let
text reach readers without review:

* ``publish=False`` still saves the translated fields onto the page row, and
  a live page serves its row: the "draft" is public at once;
* "Sync translated pages" with "Publish immediately" publishes for anyone
  allowed to submit translations, without asking whether they may publish
  (pages, and moderated snippets: vocabulary terms).

``guarded_save_target`` takes the place of ``save_target`` (installed by
patches/wagtail_localize_save_target.py, the project's one patch, from
LocalizationConfig.ready) so that, for pages, publishing happens only for a
user who may publish the target page, and anything else becomes a draft
revision (``save_translation_draft``) that leaves the published row alone.
Vocabulary terms (snippets with drafts) are published only for a user with
their publish permission; otherwise a live term gets a draft revision, like
a page, and a new one is created offline (readers see the source term until
a moderator approves).

``submit_for_moderation`` is what a translator's "Submit for moderation"
button does (views.py): save the draft and start the page's workflow, the
same "Moderators approval" workflow as source pages (core.roles).
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import DraftStateMixin, Page, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import TranslationLog

from patches.wagtail_localize_save_target import upstream_save_target as _original_save_target


class NoWorkflowError(Exception):
    """The page has no moderation workflow to submit to."""


def _target_instance(translation):
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def guarded_save_target(self, user=None, publish=True):
    model = self.source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        if model is None or not issubclass(model, DraftStateMixin):
            return _original_save_target(self, user=user, publish=publish)
        if publish and _may_publish_snippet(user, model):
            return _original_save_target(self, user=user, publish=True)
        # A moderated snippet (a vocabulary term): a live one keeps its
        # published row and gets a draft revision, as pages do; a new one is
        # created offline until approved (readers see the source term).
        target = _target_instance(self)
        if target is not None and target.live:
            save_translation_draft(self, user)
            return None
        return _original_save_target(self, user=user, publish=False)
    target = _target_instance(self)
    if target is None:
        # The first copy in this language: wagtail-localize creates it as a
        # page that is not live, so saving it is not publishing it.
        _original_save_target(self, user=user, publish=False)
        target = _target_instance(self)
        if publish and _may_publish(user, target):
            target.get_latest_revision().publish(user=user)
        return None
    if publish and _may_publish(user, target):
        return _original_save_target(self, user=user, publish=True)
    if target.live:
        save_translation_draft(self, user)
        return None
    return _original_save_target(self, user=user, publish=False)


def _may_publish_snippet(user, model):
    return user is None or user.has_perm(get_permission_name("publish", model))


def _may_publish(user, page):
    # No user: a management command or a shell, trusted like Wagtail's own actions.
    return user is None or page.permissions_for_user(user).can_publish()


@transaction.atomic
def save_translation_draft(translation, user=None):
    """Save the translation as a new draft revision of its target (a page or
    a moderated snippet), without touching what it publishes. Returns the
    draft object."""
    page = translation.get_target_instance()
    if getattr(page, "alias_of_id", None):
        # Drafts need revisions, which aliases cannot have. The converted
        # page keeps the alias's row (the source text) until it is published;
        # localization.state tells readers so.
        ConvertAliasPageAction(page, user=user).execute(skip_permission_checks=True)
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    revision = draft.save_revision(user=user, log_action=True)
    translation.source.update_target_view_restrictions(translation.target_locale)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return draft


@transaction.atomic
def submit_for_moderation(translation, user):
    """Save the translation as a draft and put the page into its workflow
    (restarting it if the page was already in moderation)."""
    save_translation_draft(translation, user)
    page = Page.objects.get(pk=translation.get_target_instance().pk).specific
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return page
    if state is not None:
        state.cancel(user=user)
    workflow = page.get_workflow()
    if workflow is None:
        raise NoWorkflowError(page)
    workflow.start(page, user)
    return page
