"""/api/v1/openapi.json says what the API does (issue #20): every operation's
error answers with their body, the parameters' fixed values and bounds."""

import json

import pytest
from django.conf import settings

from opendata.api import api
from search.engines.base import SORTS
from search.service import MAX_PAGE

pytestmark = pytest.mark.django_db

ERROR = {"$ref": "#/components/schemas/Error"}
DOCUMENT = api.get_openapi_schema(path_prefix="/api/v1")


def _document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_document_is_the_served_one(client):
    assert _document(client) == json.loads(json.dumps(DOCUMENT))


def test_every_operation_documents_its_errors(client):
    document = _document(client)
    error = document["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"error", "parameter", "detail"}
    assert error["properties"]["error"]["enum"] == ["bad_parameter", "not_found", "rate_limited"]
    assert len(document["paths"]) == 7
    for path, operations in document["paths"].items():
        assert list(operations) == ["get"], path  # HEAD answers too, but is not listed
        responses = operations["get"]["responses"]
        for status in ("400", "404", "429"):
            assert responses[status]["content"]["application/json"]["schema"] == ERROR, path
            assert responses[status]["description"], path
        assert "Retry-After" in responses["429"]["headers"]
        assert "text/html" in responses["503"]["content"]


def test_fixed_values_and_bounds_are_declared(client):
    codes = [code for code, _name in settings.LANGUAGES]
    for path, operations in _document(client)["paths"].items():
        parameters = {item["name"]: item["schema"] for item in operations["get"]["parameters"]}
        if path.endswith("{practice_id}/"):
            assert parameters["practice_id"]["type"] == "integer"
            continue
        assert parameters["locale"]["enum"] == codes, path
        if path.endswith(("/themes/", "/target-groups/")):
            assert set(parameters) == {"locale"}
            continue
        assert parameters["lang"]["enum"] == ["all", *codes], path
        assert parameters["sort"]["enum"] == list(SORTS), path
        page, size = parameters["page"], parameters["page_size"]
        assert (page["minimum"], page["maximum"], page["default"]) == (1, MAX_PAGE, 1)
        assert (size["minimum"], size["maximum"], size["default"]) == (1, 100, 12)
        if "year" in parameters:
            assert parameters["year"]["items"] == {"type": "integer", "minimum": 0}


@pytest.mark.parametrize("practice_id", ["0", "2147483648", "10047677779130735132672"])
def test_an_id_out_of_range_is_a_404(client, practice_id):
    # The largest was a 500: the database's integer overflowed.
    response = client.get(f"/api/v1/practices/{practice_id}/")
    assert response.status_code == 404
    assert json.loads(response.content)["error"] == "not_found"
