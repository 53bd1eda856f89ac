"""What the members' area needs beyond its pages: the demo's city editors in
the "Members" group, each discussion's theme, and one question answered.
Run by load_demo_content after the demo users exist; idempotent."""

from django.contrib.auth import get_user_model
from wagtail.models import Page

from community.access import members_group
from community.models import Answer, CommunityIndexPage, DiscussionPage, Question, Status
from demo.content.community import DISCUSSION_THEMES, QUESTION
from taxonomy.models import Theme

MEMBER_USERS = ["athens-editor", "cologne-editor"]


def ensure_community_demo():
    users = {
        user.username: user for user in get_user_model().objects.filter(username__in=MEMBER_USERS)
    }
    group = members_group()
    for user in users.values():
        user.groups.add(group)
    home = Page.objects.get(depth=2, locale__language_code="el")
    for path, slug in DISCUSSION_THEMES.items():
        source = DiscussionPage.objects.filter(
            url_path=f"{home.url_path}{path}/", locale=home.locale
        ).first()
        theme = Theme.objects.filter(slug=slug, locale=home.locale).first()
        if source is None or theme is None:
            continue
        DiscussionPage.objects.filter(translation_key=source.translation_key).exclude(
            theme=theme
        ).update(theme=theme)
    # The cities' groups are made after the pages (builder.ensure_member_spaces):
    # give each page its restriction again now that they exist.
    for page in [*CommunityIndexPage.objects.all(), *DiscussionPage.objects.all()]:
        page.ensure_privacy()
    _ensure_question(home, users)


def _ensure_question(home, users):
    spec = QUESTION
    page = DiscussionPage.objects.filter(
        url_path=f"{home.url_path}{spec['discussion']}/", locale=home.locale
    ).first()
    author, replier = users.get(spec["author"]), users.get(spec["answer_author"])
    if page is None or author is None or replier is None:
        return
    question, _created = Question.objects.get_or_create(
        page=page,
        title=spec["title"],
        defaults={
            "author": author,
            "body": spec["body"],
            "language": spec["language"],
            "status": Status.APPROVED,
        },
    )
    Answer.objects.get_or_create(
        question=question,
        author=replier,
        defaults={"body": spec["answer"], "language": spec["language"], "status": Status.APPROVED},
    )
