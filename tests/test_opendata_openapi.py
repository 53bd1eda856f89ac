"""/api/v1/openapi.json says what the API does (issue #20): every operation's
error answers with their body, the parameters' fixed values and bounds, and
schemathesis, run over the document against the site's own WSGI
application (every middleware, the real router; in process, no socket),
finds no answer the document does not describe and no server error."""

import json
import re
from collections import Counter

import hypothesis
import pytest
import schemathesis
from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from opendata.api import api
from search.engines.base import SORTS
from search.service import MAX_PAGE

pytestmark = pytest.mark.django_db

ERROR = {"$ref": "#/components/schemas/Error"}
# Examples per operation and generation mode, on top of schemathesis' coverage
# cases (boundaries, each enum value, each kind of wrong value): enough to
# reach every parameter, short enough for a slow two-core machine.
MAX_EXAMPLES = 12
# The run below makes 796 cases with the pinned schemathesis (deterministic);
# far fewer would mean it stopped testing.
CASES_AT_LEAST = 700
CONFIG = schemathesis.Config.from_dict(
    {
        "generation": {
            "mode": "all",
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
            "no-shrink": True,
        },
        "phases": {"stateful": {"enabled": False}},
        # The WSGI client does not decode what GZipMiddleware compresses.
        "headers": {"Accept-Encoding": "identity"},
    }
)
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
    # The largest was a 500: the database's integer overflowed (found by schemathesis).
    response = client.get(f"/api/v1/practices/{practice_id}/")
    assert response.status_code == 404
    assert json.loads(response.content)["error"] == "not_found"


@pytest.fixture
def wsgi_app(db, settings):
    """A fresh WSGI handler over the test database. The fuzzing run sends
    hundreds of requests from one address: the API's rate limit is raised
    for it (middleware reads the limits when the handler is built), and the
    counts are cleared after."""
    settings.RATELIMIT_ENABLED = True
    settings.RATELIMITS = {**settings.RATELIMITS, "api": (1_000_000, 60)}
    # As Django's test client does: the request signals would otherwise close
    # the test's connection, and its transaction with it.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
        cache.clear()


@pytest.fixture(scope="module")
def case_count():
    """Counts the cases the run below made, and says so at the end."""
    cases = []
    yield cases
    if len({path for _method, path, _status in cases}) < len(DOCUMENT["paths"]):
        return  # a run of some operations only (-k)
    statuses = Counter(status for _method, _path, status in cases)
    print(
        f"\nschemathesis {schemathesis.__version__}: {len(cases)} cases, by status {dict(statuses)}"
    )
    assert len(cases) >= CASES_AT_LEAST, f"only {len(cases)} cases ran"


PAST_THE_LAST = re.compile(r"page must be between 1 and (\d+)\.")


def valid_requests_are_answered(ctx, response, case):
    """schemathesis' positive_data_acceptance, but for a page past the last:
    the document cannot say how many pages there are, and the API answers
    such a page with the 400 the document describes."""
    if response.status_code == 400:
        body = response.json()
        last = PAST_THE_LAST.fullmatch(body["detail"]) if body["parameter"] == "page" else None
        if last and int(case.query["page"]) > int(last[1]):
            return None
    return schemathesis.checks.positive_data_acceptance(ctx, response, case)


# Built at collection, where the database is closed: the document needs none
# (test_the_document_is_the_served_one checks it is what the site serves).
schema = schemathesis.openapi.from_dict(DOCUMENT, config=CONFIG)


@schema.parametrize()
# One handler and one (read-only) test transaction for all of an operation's cases.
@hypothesis.settings(suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture])
def test_the_api_answers_as_its_document_says(case, wsgi_app, case_count):
    response = case.call_and_validate(
        app=wsgi_app,
        excluded_checks=[schemathesis.checks.positive_data_acceptance],
        additional_checks=[valid_requests_are_answered],
    )
    case_count.append((case.method, case.path, response.status_code))
