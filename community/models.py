"""The members' area: pages only signed-in members see, with one moderated
discussion per theme (questions and answers) and spaces of one city.

Why our own questions and answers rather than Wagtail's comments: Wagtail's
comments are an editing tool (only users who may edit a page can read and
write them, on its draft, in the admin); members are not editors of the
network's pages and talk to each other on the public side, in their own
language, under moderation.
"""

from django.conf import settings
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage

from .access import city_group, ensure_restriction, members_group


class PrivatePageMixin:
    """Responses of the members' area are for one signed-in reader: no shared
    cache may keep them (the page cache also skips restricted pages)."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_cache=True, no_store=True)
        return response

    def get_sitemap_urls(self, request=None):
        return []


class CommunityIndexPage(PrivatePageMixin, BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.DiscussionPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    class Meta:
        verbose_name = _("members' area")

    def ensure_privacy(self):
        ensure_restriction(self, [members_group()])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["discussions"] = (
            DiscussionPage.objects.child_of(self)
            .live()
            .select_related("theme", "city", "alias_of__locale")
            .order_by("title")
        )
        return context


class DiscussionPage(PrivatePageMixin, RoutablePageMixin, BasePage):
    """One theme's questions and answers, or a space for one city's people."""

    theme = models.ForeignKey(
        "taxonomy.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("only for the people of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for every member; choose a city to keep the space to its group."),
    )
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["community.CommunityIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("theme"),
        FieldPanel("city"),
        FieldPanel("introduction"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("theme"),
        SynchronizedField("city"),
        TranslatableField("introduction"),
    ]

    class Meta:
        verbose_name = _("discussion")

    def ensure_privacy(self):
        from wagtail.models import PageViewRestriction

        if self.city_id:
            ensure_restriction(self, [city_group(self.city)])
        else:
            PageViewRestriction.objects.filter(page=self).delete()

    def questions_for(self, user):
        """The discussion's questions a member sees (every language's page
        of the discussion): the approved ones and their own awaiting
        moderation, each with its answers likewise. Three queries."""
        visible = models.Q(status=Status.APPROVED) | models.Q(author=user)
        questions = list(
            Question.objects.filter(visible, page__translation_key=self.translation_key)
            .select_related("author")
            .order_by("-created_at")
        )
        answers = {}
        for answer in (
            Answer.objects.filter(visible, question__in=questions)
            .select_related("author")
            .order_by("created_at")
        ):
            answers.setdefault(answer.question_id, []).append(answer)
        for question in questions:
            question.visible_answers = answers.get(question.pk, [])
        return questions

    def get_context(self, request, *args, **kwargs):
        from .forms import AnswerForm, QuestionForm

        context = super().get_context(request, *args, **kwargs)
        context["questions"] = self.questions_for(request.user)
        context.setdefault("question_form", QuestionForm())
        context.setdefault("answer_form", AnswerForm())
        context["sent"] = request.GET.get("sent") in {"question", "answer"}
        return context

    @path("ask/", name="ask")
    def ask(self, request):
        from .views import ask

        return ask(request, self)

    @path("questions/<int:question_id>/answer/", name="answer")
    def answer(self, request, question_id):
        from .views import answer

        return answer(request, self, question_id)


class Status(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Post(models.Model):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE
    )
    body = models.TextField(_("text"), max_length=5000)
    language = models.CharField(_("language"), max_length=10, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("written on"), auto_now_add=True)

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_status = instance.__dict__.get("status")
        return instance


class Question(Post):
    page = models.ForeignKey(
        DiscussionPage,
        verbose_name=_("discussion"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    title = models.CharField(_("question"), max_length=200)

    panels = [FieldPanel("status"), FieldPanel("title"), FieldPanel("body")]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.title


class Answer(Post):
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="answers"
    )

    panels = [FieldPanel("status"), FieldPanel("body")]

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return f"{self.question.title}: {self.body[:60]}"
