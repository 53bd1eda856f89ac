"""The text of an uploaded PDF, for the public search (pypdf).

A file that is not a PDF, is damaged or encrypted gives no text rather
than an error: the page still saves and is found by its other fields.
Long files are cut so that one upload cannot fill the search index.
"""

import logging
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)
MAX_PAGES = 300
MAX_CHARS = 200_000
_SPACE = re.compile(r"[ \t\r\f\v]+")


def document_key(document):
    """What the extracted text depends on: the document and its file."""
    if document is None:
        return ""
    return f"{document.pk}:{document.file_hash or document.file.name}"


def extract_text(document):
    if document is None or not document.file:
        return ""
    if not document.file.name.lower().endswith(".pdf"):
        return ""
    try:
        with document.open_file() as handle:
            reader = PdfReader(handle)
            if reader.is_encrypted:
                return ""
            parts = []
            size = 0
            for page in reader.pages[:MAX_PAGES]:
                text = page.extract_text() or ""
                parts.append(text)
                size += len(text)
                if size >= MAX_CHARS:
                    break
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        logger.warning("No text from document %s: %s", document.pk, error)
        return ""
    lines = (_SPACE.sub(" ", line).strip() for line in "\n".join(parts).splitlines())
    return "\n".join(line for line in lines if line)[:MAX_CHARS]
