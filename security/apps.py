from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_noop

# Wagtail's upload form error for too many pixels: its catalogues lack el and
# fa, so the site's own catalogues carry it (kept by makemessages through these).
WAGTAIL_PIXELS_MESSAGES = [
    gettext_noop(
        "This file has too many pixels (%(num_pixels)s). Maximum pixels %(max_pixels_count)s."
    ),
    gettext_noop("unknown number"),
]


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = "Security"

    def ready(self):
        from PIL import Image

        from . import devices  # noqa: F401 (its login signal receiver)

        # Pillow's own guard against decompression bombs (a warning above
        # this, an error above twice this), at the site's limit rather than
        # Pillow's 89 megapixels: an image that did not come through
        # Wagtail's upload form (an import, a restore) cannot make a
        # rendition cost more than that.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
