from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry

from practices.models import stale_cutoff

from .freshness import LIMIT, stale_practices_for
from .isolation import NETWORK_REPORTS, sees_network_reports, visible


class StalePracticesPanel(Component):
    """Practices not verified for a year: the network's on a moderator's
    dashboard, the city's on its editors'."""

    name = "stale_practices"
    template_name = "members/stale_practices_panel.html"
    order = 400  # after "Awaiting your review"

    def __init__(self, practices, scope):
        self.practices = practices
        self.scope = scope

    def get_context_data(self, parent_context):
        # One query for the rows (LIMIT + 1 tells whether there are more).
        rows = list(self.practices[: LIMIT + 1])
        return {
            "practices": rows[:LIMIT],
            "more": len(rows) > LIMIT,
            "cutoff": stale_cutoff(),
            "heading": (
                _("Practices of the network to verify")
                if self.scope == "network"
                else _("Your city's practices to verify")
            ),
        }


@hooks.register("construct_homepage_panels")
def add_stale_practices_panel(request, panels):
    practices, scope = stale_practices_for(request.user)
    if practices is not None:
        panels.append(StalePracticesPanel(practices, scope))


# --- city isolation in the admin's lists (members/isolation.py) ------------------


@hooks.register("construct_page_chooser_queryset")
def hide_other_cities_drafts_in_chooser(pages, request):
    return visible(pages, request)


@hooks.register("construct_explorer_page_queryset")
def hide_other_cities_drafts_in_explorer(parent_page, pages, request):
    return visible(pages, request)


@hooks.register("construct_reports_menu")
def hide_network_reports(request, menu_items):
    if not sees_network_reports(request.user):
        names = {name.replace("_", "-") for name in NETWORK_REPORTS}
        menu_items[:] = [item for item in menu_items if item.name not in names]


class _VisiblePagesOnly:
    """A bulk action whose confirmation page (and action) only takes the
    pages the user may see: hidden ones are left out, as if they did not exist."""

    def get_queryset(self, model, object_ids):
        objects = super().get_queryset(model, object_ids)
        shown = set(
            visible(Page.objects.filter(pk__in=[o.pk for o in objects]), self.request).values_list(
                "pk", flat=True
            )
        )
        objects = [obj for obj in objects if obj.pk in shown]
        if not objects:
            raise Http404
        return objects


# Registered after Wagtail's own (order), so these replace them in the registry.
for _action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction):
    hooks.register(
        "register_bulk_action",
        type(_action.__name__, (_VisiblePagesOnly, _action), {}),
        order=100,
    )


class _ChoosableOnly:
    """The admin API's documents and images: only those the user may choose
    or change (Wagtail's lists every one outside a private collection)."""

    def get_queryset(self):
        allowed = policy_registry.get_by_type(self.model).instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class ChoosableDocumentsAPIViewSet(_ChoosableOnly, DocumentsAdminAPIViewSet):
    pass


class ChoosableImagesAPIViewSet(_ChoosableOnly, ImagesAdminAPIViewSet):
    pass


@hooks.register("construct_admin_api", order=100)  # after Wagtail's own registrations
def register_choosable_media_endpoints(router):
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
