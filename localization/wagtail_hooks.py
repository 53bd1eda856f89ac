from django.urls import path
from wagtail import hooks

from . import views
from .fallback import fallback_version, overlay
from .state import shows_copy


@hooks.register("on_serve_page")
def serve_best_text_of_untranslated_pages(serve):
    """A page with no text of its own in the reader's language (an alias, or
    a converted alias whose translation is not published yet, whose row keeps
    a snapshot of the source) is served with the current text of its best
    version for the reader (localization.fallback: Arabic readers get English
    before Greek), in the tree position and language of the page they asked
    for."""

    def inner(page, request, args, kwargs):
        if shows_copy(page):
            shown = fallback_version(page)
            if shown is not None:
                code, source = shown
                if page.alias_of_id is None or source.pk != page.alias_of_id:
                    overlay(page, source, code)
                else:
                    page._text_language = code
        return serve(page, request, args, kwargs)

    return inner


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "translations/<int:translation_id>/submit-for-moderation/",
            views.submit_translation_for_moderation,
            name="localization_submit_for_moderation",
        ),
    ]
