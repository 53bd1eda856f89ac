"""Uploads served by the application (`SERVE_MEDIA`, one machine): only
the public folders of MEDIA_ROOT (docs/security.md, "Document privacy").

Documents live in MEDIA_ROOT/documents/ under their upload names, which are
guessable; they are served only through Wagtail's view (`/documents/…`),
which checks their privacy, so this view never serves that folder. Image
originals (`original_images/`) are not served either: the site links only
renditions (`images/`). The setting is read per request, so that the same
URLconf holds whatever the environment says.
"""

import posixpath
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.views.static import serve

# Renditions of images; originals and documents stay behind.
PUBLIC_MEDIA_FOLDERS = ("images",)


def serve_public_media(request, path):
    if not settings.SERVE_MEDIA:
        raise Http404
    # Normalised first, as django.views.static.serve does: "images/../documents/x" is "documents/x".
    folder, _sep, rest = posixpath.normpath(path).lstrip("/").partition("/")
    if folder not in PUBLIC_MEDIA_FOLDERS or not rest:
        raise Http404
    return serve(request, rest, document_root=Path(settings.MEDIA_ROOT) / folder)
