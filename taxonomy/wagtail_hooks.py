from django.conf import settings
from django.core.exceptions import PermissionDenied
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from .models import TargetGroup, Theme


def may_change_term(user, term):
    """A term in the default language is the source its translations are made
    from: changing it takes the right to add terms, which translators lack
    (core.roles). They may change the terms of the other languages."""
    if term.locale.language_code != settings.LANGUAGE_CODE:
        return True
    opts = term._meta
    return user.has_perm(f"{opts.app_label}.add_{opts.model_name}")


class SourceTermProtectionMixin:
    def run_before_hook(self):
        if not may_change_term(self.request.user, self.object):
            raise PermissionDenied
        return super().run_before_hook()


class TermEditView(SourceTermProtectionMixin, EditView):
    pass


class TermDeleteView(SourceTermProtectionMixin, DeleteView):
    pass


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    edit_view_class = TermEditView
    delete_view_class = TermDeleteView


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    edit_view_class = TermEditView
    delete_view_class = TermDeleteView


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Vocabularies"
    menu_icon = "tag"
    items = (ThemeViewSet, TargetGroupViewSet)


register_snippet(TaxonomyGroup)
