"""Image renditions for a page's images, loaded at once.

Wagtail looks up an image's renditions when a template first asks for one:
a query per image, so per card of a listing. Views hand their pages and
images here first, and every `{% image %}` tag then finds its rendition
loaded (a rendition made for the first time is still created as usual)."""

from django.db.models import prefetch_related_objects
from wagtail.images.models import AbstractImage


def load_renditions(*groups, field="image"):
    """Load, in one query, the renditions of the images in `groups`: lists
    of images, or of pages whose `field` is an image (loaded too, in one more
    query, where it was not selected with the page)."""
    images, pages = [], []
    for group in groups:
        for item in group:
            if isinstance(item, AbstractImage):
                images.append(item)
            elif getattr(item, f"{field}_id", None):
                pages.append(item)
    if pages:
        prefetch_related_objects(pages, field)
        images.extend(getattr(page, field) for page in pages)
    images = [image for image in images if image is not None]
    if images:
        prefetch_related_objects(images, "renditions")
