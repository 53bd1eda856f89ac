import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from figures import views as figures_views
from localization.sitemap import sitemap
from opendata import views as opendata_views
from search import views as search_views
from security.media import serve_public_media

# Language-neutral URLs: the admin, documents, the sitemap of every language,
# the redirect from "/", and uploads.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", opendata_views.robots_txt, name="robots_txt"),
    path("", include("opendata.api_urls")),
    path("", core_views.language_redirect, name="language_redirect"),
    # Uploads, when the application serves them (SERVE_MEDIA, read per
    # request): renditions only, never documents (security/media.py).
    re_path("^" + re.escape(settings.MEDIA_URL.lstrip("/")) + r"(?P<path>.*)$", serve_public_media),
]

# Every public page carries its language prefix: /el/..., /en/...
urlpatterns += i18n_patterns(
    # Calendar files (/en/events/calendar.ics), for the same reason as the data files below.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.ics)$", wagtail_views.serve),
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("data/", include("opendata.urls")),
    path("figures/", figures_views.figures, name="figures"),
    # A page's data files (/en/practices/export.csv): Wagtail's own pattern
    # takes only paths ending in "/", so send these to its router here.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.(?:csv|json))$", wagtail_views.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
