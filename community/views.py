"""Posting in a discussion: a member's question or answer is saved awaiting
moderation, and the member is sent back to the discussion (303)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from .access import is_member, may_view
from .forms import AnswerForm, QuestionForm
from .models import Question, Status


def _refused(request, page):
    """None if the member may post here, else the answer to send."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    # Wagtail's page privacy ran already (before_serve_page); checked again
    # here because these views write.
    if not (is_member(request.user) and may_view(page, request)):
        raise PermissionDenied
    return None


def _private(response):
    patch_cache_control(response, private=True, no_cache=True, no_store=True)
    return response


def _posted(page, what):
    response = HttpResponseRedirect(f"{page.url}?sent={what}#discussion")
    response.status_code = 303
    return _private(response)


def _invalid(page, request, **overrides):
    """The discussion again, with the form's errors, answered 400."""
    response = page.render(request, context_overrides=overrides)
    response.status_code = 400
    return _private(response)


def ask(request, page):
    refused = _refused(request, page)
    if refused:
        return refused
    form = QuestionForm(request.POST)
    if not form.is_valid():
        return _invalid(page, request, question_form=form)
    question = form.save(commit=False)
    question.page = page
    question.author = request.user
    question.language = get_language()
    question.status = Status.PENDING
    question.save()
    return _posted(page, "question")


def answer(request, page, question_id):
    refused = _refused(request, page)
    if refused:
        return refused
    question = Question.objects.filter(
        pk=question_id, page__translation_key=page.translation_key, status=Status.APPROVED
    ).first()
    if question is None:
        raise Http404
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _invalid(page, request, answer_form=form, answering=question.pk)
    reply = form.save(commit=False)
    reply.question = question
    reply.author = request.user
    reply.language = get_language()
    reply.status = Status.PENDING
    reply.save()
    return _posted(page, "answer")
