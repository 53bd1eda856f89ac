"""The members' area: never seen by the public (pages, search, sitemap,
feeds, caches), seen by members, a city's space only by its people, and a
moderated discussion with e-mail to the asker when an answer is approved."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Page

from community.access import MEMBERS_GROUP
from community.models import Answer, CommunityIndexPage, DiscussionPage, Question, Status

pytestmark = pytest.mark.django_db
SECRET_QUESTION = "Using the 2015 participation guide with a new council"


def user(username):
    return get_user_model().objects.get(username=username)


def discussion(slug, language="en"):
    return DiscussionPage.objects.get(slug=slug, locale__language_code=language)


def members_pages():
    return Page.objects.filter(
        pk__in=[
            *CommunityIndexPage.objects.values_list("pk", flat=True),
            *DiscussionPage.objects.values_list("pk", flat=True),
        ]
    )


def test_every_language_tree_has_a_restricted_members_area():
    areas = CommunityIndexPage.objects.all()
    assert areas.count() == 7  # the Greek page, its English translation, five aliases
    for area in areas:
        restrictions = list(area.view_restrictions.all())
        assert len(restrictions) == 1
        assert [group.name for group in restrictions[0].groups.all()] == [MEMBERS_GROUP]
    for space in DiscussionPage.objects.filter(slug="athens-team"):
        (restriction,) = space.view_restrictions.all()
        assert [group.name for group in restriction.groups.all()] == ["Athens editors"]
    assert not members_pages().public().exists()


@pytest.mark.parametrize("path", ["/en/members/", "/el/members/participation/", "/fa/members/"])
def test_anonymous_visitor_is_sent_to_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]
    assert SECRET_QUESTION not in response.content.decode()


def test_anonymous_cannot_post(client):
    page = discussion("participation")
    response = client.post(f"{page.url}ask/", {"title": "Spam", "body": "Spam"})
    assert response.status_code == 302 and "/_util/login/" in response["Location"]
    assert not Question.objects.filter(title="Spam").exists()


def test_nothing_of_the_area_leaks_into_search_sitemap_or_feeds(client):
    for language, word in (("en", "participation"), ("en", "council"), ("el", "συζήτηση")):
        response = client.get(f"/{language}/search/", {"q": word})
        assert response.status_code == 200
        html = response.content.decode()
        assert "/members/" not in html and SECRET_QUESTION not in html
        assert not any(hit.url and "/members/" in hit.url for hit in response.context["results"])
    sitemap = client.get("/sitemap.xml")
    body = sitemap.content.decode()
    assert sitemap.status_code == 200
    for section in [body, *[client.get(url).content.decode() for url in _sitemap_parts(body)]]:
        assert "/members/" not in section
    for feed in ("/en/news/feed/", "/en/events/calendar.ics"):
        assert "/members/" not in client.get(feed).content.decode()


def _sitemap_parts(index):
    import re

    return [
        url.replace("http://testserver", "")
        for url in re.findall(r"<loc>(http://testserver/[^<]*sitemap[^<]*)</loc>", index)
    ]


def test_a_member_reads_the_discussion_and_it_is_never_cached(client):
    client.force_login(user("cologne-editor"))
    page = discussion("participation")
    response = client.get(page.url)
    assert response.status_code == 200
    assert SECRET_QUESTION in response.content.decode()
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_a_signed_in_user_who_is_not_a_member_is_refused(client):
    outsider = get_user_model().objects.create_user("outsider", password="x" * 14)
    client.force_login(outsider)
    response = client.get(discussion("participation").url)
    assert response.status_code == 302 and "/_util/login/" in response["Location"]


def test_a_city_space_is_only_for_that_city(client):
    athens_space = discussion("athens-team")
    client.force_login(user("cologne-editor"))
    refused = client.get(athens_space.url)
    assert refused.status_code == 302 and "/_util/login/" in refused["Location"]
    posted = client.post(f"{athens_space.url}ask/", {"title": "Peek", "body": "Peek"})
    assert posted.status_code == 302
    assert not Question.objects.filter(title="Peek").exists()
    # Cologne's editor still reads the discussions open to every member.
    assert client.get(discussion("participation").url).status_code == 200

    client.force_login(user("athens-editor"))
    assert client.get(athens_space.url).status_code == 200
    greek = discussion("athens-team", "el")
    assert client.get(greek.url).status_code == 200


def test_question_awaits_moderation_then_answer_approval_mails_the_asker(client):
    page = discussion("education")
    asker = user("athens-editor")
    client.force_login(asker)
    response = client.post(
        f"{page.url}ask/", {"title": "Evening classes?", "body": "Who runs them at night?"}
    )
    assert response.status_code == 303
    question = Question.objects.get(title="Evening classes?")
    assert question.status == Status.PENDING and question.author == asker
    assert question.language == "en"
    # The asker sees it marked as awaiting moderation; other members do not see it.
    assert "Evening classes?" in client.get(page.url).content.decode()
    client.force_login(user("cologne-editor"))
    assert "Evening classes?" not in client.get(page.url).content.decode()
    # Nobody can answer before a moderator approves the question.
    blocked = client.post(f"{page.url}questions/{question.pk}/answer/", {"body": "Us!"})
    assert blocked.status_code == 404

    question.status = Status.APPROVED
    question.save()
    response = client.post(f"{page.url}questions/{question.pk}/answer/", {"body": "We do."})
    assert response.status_code == 303
    answer = Answer.objects.get(question=question)
    assert answer.status == Status.PENDING
    assert mail.outbox == []

    answer = Answer.objects.get(pk=answer.pk)
    answer.status = Status.APPROVED
    answer.save()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [asker.email]
    assert "Evening classes?" in message.subject
    assert "We do." in message.body and page.full_url in message.body
    answer.save()  # saved again, still approved: no second e-mail
    assert len(mail.outbox) == 1


def test_the_mail_speaks_the_language_of_the_question(client, settings):
    page = discussion("education", "el")
    client.force_login(user("athens-editor"))
    client.post(f"{page.url}ask/", {"title": "Βραδινά μαθήματα;", "body": "Ποιος τα κάνει;"})
    question = Question.objects.get(title="Βραδινά μαθήματα;")
    assert question.language == "el"
    question.status = Status.APPROVED
    question.save()
    answer = Answer.objects.create(question=question, author=user("cologne-editor"), body="Εμείς.")
    answer.status = Status.APPROVED
    answer.save()
    (message,) = mail.outbox
    assert message.subject.startswith("Νέα απάντηση")


def test_an_invalid_post_is_a_400_with_the_form_errors(client):
    page = discussion("participation")
    client.force_login(user("athens-editor"))
    response = client.post(f"{page.url}ask/", {"title": "", "body": "x" * 6000})
    assert response.status_code == 400
    assert "errorlist" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert client.get(f"{page.url}ask/").status_code == 405


def test_members_group_exists_and_holds_the_demo_editors():
    group = Group.objects.get(name=MEMBERS_GROUP)
    assert {"athens-editor", "cologne-editor"} <= set(
        group.user_set.values_list("username", flat=True)
    )


def test_a_member_finds_the_discussion_from_the_guide(client):
    from publications.models import PublicationPage

    guide = PublicationPage.objects.get(
        slug="library-guide-participation", locale__language_code="en"
    )
    assert "/members/" not in client.get(guide.url).content.decode()
    client.force_login(user("athens-editor"))
    html = client.get(guide.url).content.decode()
    assert f'href="{discussion("participation").url}"' in html
