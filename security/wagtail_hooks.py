from wagtail import hooks

from core.views import page_not_found

from .documents import may_serve


@hooks.register("before_serve_document")
def serve_public_documents_only(document, request):
    if not may_serve(document, request.user):
        response = page_not_found(request)
        response["Cache-Control"] = "private, no-store"
        return response
    return None
