"""Elasticsearch 8 backend for the project's server.

The server runs the project's analysis plugin (scripts/elasticsearch-analysis),
which supplies the analysis components Wagtail's index settings name.
"""

from copy import deepcopy

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend


class CityNetElasticsearchBackend(Elasticsearch8SearchBackend):
    # One node: no replicas, so the cluster stays green.
    settings = deepcopy(Elasticsearch8SearchBackend.settings)
    settings["settings"]["index"] = {"number_of_replicas": 0}


SearchBackend = CityNetElasticsearchBackend
