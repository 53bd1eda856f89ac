from wagtail import hooks

from .middleware import MARK


@hooks.register("before_serve_page", order=100)
def mark_page(page, request, serve_args, serve_kwargs):
    """Tell the page cache which page this response is (it runs after
    Wagtail's view restriction check, which answers restricted requests)."""
    setattr(request, MARK, page)
