"""E-mail to a question's author when a moderator approves an answer to it,
in the language the question was asked in."""

from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext

from .models import Status


def notify_if_newly_approved(answer):
    was = getattr(answer, "_stored_status", None)
    answer._stored_status = answer.status
    if answer.status != Status.APPROVED or was == Status.APPROVED:
        return
    question = answer.question
    author = question.author
    if not author.email or author.pk == answer.author_id:
        return
    page = question.page.specific
    with translation.override(question.language or None):
        subject = gettext("New answer to your question: %(title)s") % {"title": question.title}
        body = gettext(
            "%(name)s answered your question “%(title)s” in the members' area:\n\n"
            "%(answer)s\n\nRead the discussion: %(url)s"
        ) % {
            "name": answer.author.get_full_name() or answer.author.get_username(),
            "title": question.title,
            "answer": answer.body,
            "url": page.get_full_url(),
        }
    send_mail(subject, body, None, [author.email])
