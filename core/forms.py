from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale


class LocalizedChoicesPageForm(WagtailAdminPageForm):
    """Offers editors the vocabulary terms and pages of the page's own
    language, instead of one entry per language for each term."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self._locale_id()
        for name in getattr(self._meta.model, "localized_choice_fields", []):
            field = self.fields.get(name)
            if field is None:
                continue
            # A language with no terms of its own yet offers the default language's.
            if field.queryset.filter(locale_id=locale_id).exists():
                locale_id_for_field = locale_id
            else:
                locale_id_for_field = Locale.get_default().pk
            # Whatever is already chosen stays selectable, from any language.
            chosen = [obj.pk for obj in self.initial.get(name) or []]
            field.queryset = field.queryset.filter(
                Q(locale_id=locale_id_for_field) | Q(pk__in=chosen)
            )

    def _locale_id(self):
        if self.instance.locale_id:
            return self.instance.locale_id
        parent = getattr(self, "parent_page", None)
        if parent is not None:
            return parent.locale_id
        return Locale.get_default().pk
