"""What a reader is told about the languages of a page.

``PageLanguages`` answers, for one page and request: which versions of the
page exist (and which of them carry their own text), which language the text
on screen is in, which page is the original, and whether this translation
is machine-made and unreviewed or older than its original. Templates reach
it through ``localization_tags.page_languages``, once per request.

"Reviewed" (docs/translation.md): a machine-translated string counts as
reviewed once a person has edited it (it is then a manual translation) or a
person approved the page in its moderation workflow after the string was
machine-translated. The marker shows while the published text contains a
machine string that neither happened to.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Max
from django.utils.functional import cached_property
from wagtail.models import Page, Site, TaskState
from wagtail_localize.models import StringTranslation, Translation

from core.addresses import absolute

from .state import shows_copy, with_copy_state


def language_name(code):
    """The language's own name for itself (as the switcher shows it)."""
    return dict(settings.LANGUAGES).get(code, code)


# Russian and Ukrainian write language names in lower case inside a sentence;
# Django's names for them are capitalised for menus.
LOWER_CASE_LANGUAGE_NAMES = {"ru", "uk"}


def language_name_in_text(code):
    """The language's name in the reader's language, to use in a sentence."""
    from django.utils.translation import get_language, get_language_info

    name = str(get_language_info(code)["name_translated"])
    return name.lower() if get_language() in LOWER_CASE_LANGUAGE_NAMES else name


def is_bidi(code):
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["bidi"]
    except KeyError:
        return False


@dataclass
class Version:
    code: str
    page: Page
    url: str
    own_text: bool

    @property
    def name(self):
        return language_name(self.code)

    @property
    def bidi(self):
        return is_bidi(self.code)


@dataclass
class MachineTranslation:
    tool: str
    date: datetime


@dataclass
class SwitcherLink:
    code: str
    url: str
    is_current: bool
    has_page: bool

    @property
    def name(self):
        return language_name(self.code)

    @property
    def bidi(self):
        return is_bidi(self.code)


def original_language(page, translation_record=None):
    """The language a page's translations are made from: the source of its
    wagtail-localize translation if it has one, else the default language."""
    if translation_record is not None:
        return translation_record.source.locale.language_code
    return settings.LANGUAGE_CODE


def translation_record(page):
    from core import cache

    return cache.remember(
        ("translation_record", page.translation_key, page.locale_id),
        lambda: (
            Translation.objects.filter(
                source__object_id=page.translation_key, target_locale_id=page.locale_id
            )
            .select_related("source__locale")
            .first()
        ),
        (cache.SITE, cache.page_scope(page.translation_key)),
    )


def home_urls(request):
    """{language: URL of that language's home page}, one query."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home.get_url(request=request) for home in homes}


def _versions(page, request):
    """Every live version of the page, in the site's language order."""
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    pages = with_copy_state(
        Page.objects.live().filter(translation_key=page.translation_key)
    ).select_related("locale")
    versions = [
        Version(
            code=other.locale.language_code,
            page=other,
            url=other.get_url(request=request),
            own_text=not shows_copy(other),
        )
        for other in pages
        if other.locale.language_code in order
    ]
    versions.sort(key=lambda version: order[version.code])
    return versions


class PageLanguages:
    def __init__(self, page, request):
        self.page = page
        self.request = request
        self.language = page.locale.language_code
        from core import cache

        # The same for every reader until the page or the site changes.
        key = ("page_versions", page.translation_key, request.get_host())
        scopes = (cache.SITE, cache.page_scope(page.translation_key))
        self.versions = cache.remember(key, lambda: _versions(page, request), scopes)
        self.by_code = {version.code: version for version in self.versions}
        # The page served may be an overlay (see wagtail_hooks), whose own state
        # wins over the stored row's; or a preview of a draft, which shows the
        # draft's own text whatever the published row holds.
        if getattr(request, "is_preview", False):
            self.is_copy = bool(page.alias_of_id)
        else:
            self.is_copy = shows_copy(page)

    # --- languages ---------------------------------------------------------

    @property
    def translations(self):
        """Versions that carry their own text, the site's language order."""
        return [version for version in self.versions if version.own_text]

    @property
    def other_translations(self):
        return [version for version in self.translations if version.code != self.language]

    @cached_property
    def _record(self):
        return translation_record(self.page)

    @cached_property
    def original(self):
        """The version whose text this one copies or translates, or None if
        this page is itself the original (or the original is not live)."""
        if self.page.alias_of_id:
            for version in self.versions:
                if version.page.pk == self.page.alias_of_id:
                    return version
            return None
        code = original_language(self.page, self._record)
        version = self.by_code.get(code)
        if code == self.language or version is None or not version.own_text:
            return None
        return version

    @property
    def original_name(self):
        return language_name_in_text(self.original.code) if self.original else ""

    @property
    def text_language(self):
        """The language of the text on screen: for a copy, the version chosen
        by localization.fallback (set on the page as it is served)."""
        if self.is_copy:
            shown = getattr(self.page, "_text_language", None)
            if shown:
                return shown
            if self.original is not None:
                return self.original.code
        return self.language

    @property
    def shows_original(self):
        """True if a copy shows its original's text (not a fallback language's)."""
        return self.original is not None and self.text_language == self.original.code

    @property
    def text_language_name(self):
        return language_name_in_text(self.text_language)

    # --- markers on translations ----------------------------------------------

    @property
    def is_translation(self):
        return not self.is_copy and self.original is not None

    @cached_property
    def outdated_since(self):
        """When the original was published after this translation was made."""
        if not self.is_translation:
            return None
        source_published = self.original.page.last_published_at
        made = self.page.last_published_at
        record = self._record
        if record is not None and record.source.locale.language_code == self.original.code:
            # A wagtail-localize translation is made from a snapshot of the
            # source; publishing it again later does not bring in newer text.
            snapshot = record.source.last_updated_at
            made = min(made, snapshot) if made else snapshot
        if source_published and made and source_published > made:
            return source_published
        return None

    @cached_property
    def machine_translation(self):
        """The newest machine-translated string of the published text that no
        person has edited or approved since, as (tool, date); else None."""
        state = self._machine_state
        if state is None or state[1] is not None:
            return None
        return state[0]

    @cached_property
    def reviewed_machine_translation(self):
        """(tool, date a person approved it) for a published text that holds
        machine-translated strings a person approved since; else None."""
        state = self._machine_state
        if state is None or state[1] is None:
            return None
        return MachineTranslation(tool=state[0].tool, date=state[1])

    @cached_property
    def _machine_state(self):
        """(newest machine string as MachineTranslation, approval after it or
        None), or None when the published text holds no machine string."""
        if not self.is_translation or self.page.last_published_at is None:
            return None
        from core import cache

        key = ("machine_state", self.page.pk, self.page.last_published_at)
        scopes = (cache.SITE, cache.page_scope(self.page.translation_key))
        return cache.remember(key, self._uncached_machine_state, scopes)

    def _uncached_machine_state(self):
        latest = (
            StringTranslation.objects.filter(
                context__object_id=self.page.translation_key,
                locale_id=self.page.locale_id,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                updated_at__lte=self.page.last_published_at,
            )
            .order_by("-updated_at")
            .only("tool_name", "updated_at")
            .first()
        )
        if latest is None:
            return None
        approved = (
            TaskState.objects.for_instance(self.page)
            .filter(status=TaskState.STATUS_APPROVED)
            .aggregate(last=Max("finished_at"))["last"]
        )
        machine = MachineTranslation(tool=latest.tool_name, date=latest.updated_at)
        if approved is not None and approved >= latest.updated_at:
            return machine, approved
        return machine, None

    # --- links ---------------------------------------------------------------

    def switcher_links(self):
        """Every site language once: this page's version where it has its own
        text; otherwise the page in that language's tree (its original text
        under that language's interface), or that language's home page."""
        homes = None
        links = []
        for code, _name in settings.LANGUAGES:
            version = self.by_code.get(code)
            if version is not None:
                url = version.url
            else:
                if homes is None:
                    homes = home_urls(self.request)
                url = homes.get(code)
            if url is None:
                continue
            links.append(
                SwitcherLink(
                    code=code,
                    url=url,
                    is_current=code == self.language,
                    has_page=version is not None and version.own_text,
                )
            )
        return links

    def absolute(self, url):
        return absolute(url)

    def alternates(self):
        """(hreflang, absolute URL) for every version with its own text, and
        x-default; none for a page that shows another language's text."""
        if self.is_copy or not self.page.live:
            return []
        links = [(version.code, self.absolute(version.url)) for version in self.translations]
        if not links:
            return []
        if self.page.depth == 2:
            # A home page: "/" sends each reader to their own language.
            links.append(("x-default", self.absolute("/")))
        else:
            # The default language's version, else the first in the site's
            # language order (as in localization.sitemap).
            default = self.by_code.get(settings.LANGUAGE_CODE)
            if default is None or not default.own_text:
                default = self.translations[0]
            links.append(("x-default", self.absolute(default.url)))
        return links

    def canonical(self):
        """A copy's canonical address is its original's."""
        if self.is_copy and self.original is not None:
            return self.absolute(self.original.url)
        version = self.by_code.get(self.language)
        return self.absolute(version.url) if version else None
