from django.conf import settings
from django.http import HttpResponseRedirect, HttpResponseServerError
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


@never_cache
def server_error(request):
    # No context processors here: whatever broke may be the database.
    language = translation.get_language() or settings.LANGUAGE_CODE
    html = loader.get_template("500.html").render(
        {
            "LANGUAGE_CODE": language,
            "LANGUAGE_BIDI": translation.get_language_bidi(),
            "home_url": f"/{language}/",
        }
    )
    return HttpResponseServerError(html)
