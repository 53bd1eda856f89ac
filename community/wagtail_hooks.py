"""Moderation of the discussions: questions and answers as snippets that
moderators filter by status and approve (Wagtail's admin, not the public)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Answer, Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = ["title", "author", "status", "created_at"]
    list_filter = ["status"]
    ordering = ["-created_at"]
    add_to_admin_menu = True


class AnswerViewSet(SnippetViewSet):
    model = Answer
    icon = "comment"
    list_display = ["__str__", "author", "status", "created_at"]
    list_filter = ["status"]
    ordering = ["-created_at"]
    add_to_admin_menu = True


register_snippet(QuestionViewSet)
register_snippet(AnswerViewSet)
