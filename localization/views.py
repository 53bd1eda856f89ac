from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation

from .drafts import NoWorkflowError, submit_for_moderation


@require_POST
def submit_translation_for_moderation(request, translation_id):
    """The translation editor's "Submit for moderation" button (admin)."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        page = translation.get_target_instance()
    except Page.DoesNotExist as error:
        raise Http404 from error
    if not isinstance(page, Page):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    total, translated = translation.get_progress()
    if translated < total:
        messages.error(
            request,
            _("%(missing)d of %(total)d texts are not translated yet. Translate them first.")
            % {"missing": total - translated, "total": total},
        )
        return redirect(edit_url)
    try:
        submit_for_moderation(translation, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
    except NoWorkflowError:
        messages.error(request, _("This page has no moderation workflow to submit to."))
    else:
        messages.success(
            request,
            _("The %(language)s translation of “%(title)s” was submitted for moderation.")
            % {
                "language": translation.target_locale.get_display_name(),
                "title": translation.source.object_repr,
            },
        )
    return redirect(edit_url)
