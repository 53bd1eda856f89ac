"""Onboarding a member city: ``add_member_city`` (the management command
and the demo loader both call it).

It makes, each only if missing, so that running it again changes nothing:

1. the city page under the city index of the default language's tree,
   published, with its name, country, date of joining and council decision;
2. its place in every other language tree (an alias of the source, as
   wagtail-localize's synchronisation makes for a page added in the admin);
3. the group "<City> editors", its collection and the workflow assignment
   (members.roles);
4. an account per editor e-mail, in the group. New accounts get a random
   password they never see and Django's password reset e-mail, through
   which they set their own.
"""

import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page

from localization.trees import ensure_aliases

from .roles import ensure_city_group

RESET_SUBJECT = "wagtailadmin/account/password_reset/email_subject.txt"
RESET_BODY = "wagtailadmin/account/password_reset/email.txt"


class OnboardingError(ValueError):
    """The city cannot be onboarded as asked (no city index, a clash)."""


@dataclass
class Onboarding:
    city: Page
    group: object
    collection: object
    created: dict = field(default_factory=dict)
    invited: list = field(default_factory=list)


def add_member_city(
    name,
    *,
    country,
    joined_on=None,
    decision="",
    editors=(),
    slug=None,
    send_email=True,
    workflow=None,
):
    """Onboard the city called `name` (in the default language). Returns an
    Onboarding with what exists now and what this call created. `workflow`:
    the moderation workflow, when the caller has ensured the roles already
    (the demo loader, for many cities)."""
    from cities.models import CityIndexPage, CityPage, validate_country_code

    slug = slug or slugify(name)
    if not slug:
        raise OnboardingError(f"Cannot make a URL slug from {name!r}; pass one.")
    country = country.upper()
    validate_country_code(country)
    created = {"city page": 0, "aliases": 0, "users": 0}
    with transaction.atomic():
        default = Locale.get_default()
        index = CityIndexPage.objects.filter(locale=default).order_by("path").first()
        if index is None:
            raise OnboardingError("There is no city index page in the default language.")
        page = index.get_children().filter(slug=slug).specific().first()
        if page is None:
            page = CityPage(
                title=name,
                slug=slug,
                locale=default,
                country=country,
                joined_on=joined_on,
                council_decision=decision or "",
            )
            index.add_child(instance=page)
            page.save_revision(log_action=True).publish()
            created["city page"] = 1
        elif not isinstance(page, CityPage):
            raise OnboardingError(f"/{index.slug}/{slug}/ exists and is not a city page.")
        created["aliases"] = ensure_aliases(page)
        group, collection = ensure_city_group(page, name, workflow)
        users = [ensure_editor(email, group) for email in editors]
    result = Onboarding(city=page, group=group, collection=collection, created=created)
    for user, is_new in users:
        if is_new:
            created["users"] += 1
            result.invited.append(user)
            if send_email:
                send_invitation(user)
    return result


def ensure_editor(email, group):
    """The account with this e-mail (found case-insensitively), in `group`.
    Returns (user, created)."""
    user_model = get_user_model()
    email = user_model.objects.normalize_email(email.strip())
    user = user_model.objects.filter(email__iexact=email).order_by("pk").first()
    is_new = user is None
    if is_new:
        # A password nobody knows: the reset e-mail lets the editor choose one
        # (Django sends reset links only to accounts with a usable password).
        user = user_model.objects.create_user(
            username=email.lower(), email=email, password=secrets.token_urlsafe(32)
        )
    user.groups.add(group)
    return user, is_new


def send_invitation(user):
    form = PasswordResetForm({"email": user.email})
    if not form.is_valid():
        return
    base = settings.WAGTAILADMIN_BASE_URL
    scheme, _sep, domain = base.partition("://")
    form.save(
        domain_override=domain.rstrip("/"),
        use_https=scheme == "https",
        subject_template_name=RESET_SUBJECT,
        email_template_name=RESET_BODY,
        from_email=settings.DEFAULT_FROM_EMAIL,
    )
