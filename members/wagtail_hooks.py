from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from practices.models import stale_cutoff

from .freshness import LIMIT, stale_practices_for


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
