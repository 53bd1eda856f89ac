"""robots.txt, the Data page (/<lang>/data/), the API guide and the downloads."""

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.views.decorators.http import require_safe

from core.addresses import absolute

from . import downloads


@require_safe
def robots_txt(request):
    """Everything public may be crawled; the admin and the search results
    (endless combinations of filters) may not. Points to the sitemap."""
    languages = [code for code, _name in settings.LANGUAGES]
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: /{code}/search/" for code in languages]
    lines += ["", f"Sitemap: {absolute('/sitemap.xml')}", ""]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def _licence(request):
    from core.models import NetworkSettings

    network = NetworkSettings.load(request_or_site=request)
    return {"name": network.data_licence_name, "url": network.data_licence_url}


@require_safe
def data_page(request):
    data = downloads.current()
    files = [
        {
            "format": file_format.upper(),
            "url": absolute(f"/{translation.get_language()}/data/practices.{file_format}"),
            "size": data["files"][file_format]["size"],
        }
        for file_format in downloads.FILES
    ]
    context = {
        "files": files,
        "built_at": parse_datetime(data["built_at"]),
        "rows": data["rows"],
        "rows_by_language": sorted(data["rows_by_language"].items()),
        "licence": _licence(request),
        "stale": downloads.is_stale(),
        "api_url": absolute("/api/v1/"),
    }
    return TemplateResponse(request, "opendata/data_page.html", context)


@require_safe
def api_docs(request):
    base = absolute("/api/v1/")
    language = translation.get_language()
    context = {
        "base": base,
        "base_html": format_html('<code dir="ltr">{}</code>', base),
        "language": language,
        "licence": _licence(request),
        "examples": [
            f"{base}practices/?locale={language}",
            f"{base}practices/?locale={language}&lang=all&theme=housing&page_size=20",
            f"{base}practices/?locale={language}&q=language+lessons&sort=newest",
            f"{base}cities/?locale={language}",
            f"{base}news/?locale={language}&city=athens",
            f"{base}declarations/?locale={language}",
            f"{base}themes/?locale={language}",
        ],
        "openapi": base + "openapi.json",
    }
    return TemplateResponse(request, "opendata/api_docs.html", context)


@require_safe
def download(request, file_format):
    if file_format not in downloads.FILES:
        raise Http404("No such file.")
    downloads.current()
    licence = _licence(request)
    response = FileResponse(
        open(downloads.path_of(file_format), "rb"),  # noqa: SIM115 (FileResponse closes it)
        as_attachment=True,
        filename=downloads.FILES[file_format],
        content_type="text/csv; charset=utf-8"
        if file_format == "csv"
        else "application/json; charset=utf-8",
    )
    response["Link"] = f'<{licence["url"]}>; rel="license"'
    response["Cache-Control"] = "public, max-age=600"
    return response
