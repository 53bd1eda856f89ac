"""Keep denormalised tree pointers right when pages move."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import CityScopedMixin


@receiver(post_page_move)
def refresh_city_after_move(sender, instance, **kwargs):
    """A moved page, and everything under it, may now belong to another city."""
    for page in instance.get_descendants(inclusive=True).specific().iterator():
        if isinstance(page, CityScopedMixin):
            city = page.city_from_tree()
            if page.city_id != (city.pk if city else None):
                type(page).objects.filter(pk=page.pk).update(city=city)
