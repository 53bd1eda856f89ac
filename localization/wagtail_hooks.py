from django.urls import path
from wagtail import hooks

from . import views
from .state import shows_copy
from .status import original_language, translation_record


@hooks.register("on_serve_page")
def serve_source_text_of_unpublished_translations(serve):
    """A converted alias whose translation is not published yet keeps, as its
    published row, a snapshot of the source taken at conversion. Readers get
    the source's current text instead, as the alias gave them (with the tree
    position and language of the page they asked for)."""

    def inner(page, request, args, kwargs):
        if not page.alias_of_id and shows_copy(page):
            shown = source_text_version(page)
            if shown is not page:
                args = _rebind(args, page, shown)
                page = shown
        return serve(page, request, args, kwargs)

    return inner


def source_text_version(page):
    code = original_language(page, translation_record(page))
    original = (
        type(page)
        .objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=code)
        .exclude(pk=page.pk)
        .first()
    )
    if original is None:
        return page
    shown = page.with_content_json(original.serializable_data())
    shown._text_language = code
    shown._shows_copy = True
    return shown


def _rebind(args, page, shown):
    """RoutablePageMixin routes to a view bound to the page: bind it to `shown`."""
    if args and getattr(args[0], "__self__", None) is page:
        return (args[0].__func__.__get__(shown, type(shown)), *args[1:])
    return args


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "translations/<int:translation_id>/submit-for-moderation/",
            views.submit_translation_for_moderation,
            name="localization_submit_for_moderation",
        ),
    ]
