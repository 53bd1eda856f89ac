import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers


@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """'/' sends each reader to the home page in their browser's language."""
    language = translation.get_language_from_request(request)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return HttpResponseRedirect(f"/{language}/")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


# Seconds a client is asked to wait when the database cannot be reached.
RETRY_AFTER = 10


@never_cache
def server_error(request):
    """handler500, called by Django while it handles the exception, from a
    view or any middleware. A database that cannot be reached (it restarts,
    the network to it broke) is not the page's fault: a 503 with
    Retry-After, so clients and proxies try again; anything else a 500."""
    # No context processors here: whatever broke may be the database.
    language = (
        translation.get_language()
        or translation.get_language_from_path(request.path_info)
        or settings.LANGUAGE_CODE
    )
    unavailable = isinstance(sys.exception(), OperationalError | InterfaceError)
    html = loader.get_template("503.html" if unavailable else "500.html").render(
        {
            "LANGUAGE_CODE": language,
            "LANGUAGE_BIDI": translation.get_language_bidi(),
            "home_url": f"/{language}/",
        }
    )
    if not unavailable:
        return HttpResponseServerError(html)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    return response
