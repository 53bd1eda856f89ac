"""/api/…: the API's versions, and a JSON 404 for every other path.

The site's LocaleMiddleware answers a 404 outside the language prefixes by
redirecting to the same path under /<lang>/ (where Wagtail's router then
gives an HTML 404). An API client wants the 404 itself: its 404 answers set
request.urlconf to API_URLCONF, a URL configuration without i18n_patterns,
so that the middleware leaves them alone.
"""

from django.http import JsonResponse
from django.urls import path, re_path

from .api import api

API_URLCONF = "opendata.api_urls"


def not_found(request, rest=""):
    request.urlconf = API_URLCONF
    response = JsonResponse(
        {"error": "not_found", "parameter": None, "detail": "No such API path."}, status=404
    )
    response["Cache-Control"] = "no-store"
    return response


urlpatterns = [
    path("api/v1/", api.urls),
    re_path(r"^api/(?P<rest>.*)$", not_found),
]
