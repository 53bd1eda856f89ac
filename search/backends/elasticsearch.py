"""Elasticsearch 8 backend for the project's server (Wagtail's own index:
the admin's page, image and document searches and choosers).

The server runs the project's analysis plugin (scripts/elasticsearch-analysis),
which supplies the analysis components Wagtail's index settings name.

Two things Wagtail's backend leaves to `update_index`, done here for every
write a save or a delete sends:
- it is sent after the transaction commits: Elasticsearch is not
  transactional, and a rolled-back import must leave no document there;
- an index that does not exist yet is created with Wagtail's settings and
  every model's mapping first. Left to Elasticsearch, the first document
  would create it by dynamic mapping, without the stored `pk` Wagtail's
  results read (every admin search that finds something: KeyError 'fields').
"""

import copy
import functools
from copy import deepcopy

from django.db import transaction
from elasticsearch import BadRequestError
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend
from wagtail.search.index import get_indexed_models


class CityNetElasticsearchBackend(Elasticsearch8SearchBackend):
    # One node: no replicas, so the cluster stays green.
    settings = deepcopy(Elasticsearch8SearchBackend.settings)
    settings["settings"]["index"] = {"number_of_replicas": 0}

    def add(self, obj):
        transaction.on_commit(functools.partial(self._add_now, obj), robust=True)

    def delete(self, obj):
        # A copy: Django's delete sets the object's pk to None before the
        # commit. robust: a failed write is logged, as Wagtail does for a save.
        transaction.on_commit(functools.partial(super().delete, copy.copy(obj)), robust=True)

    def _add_now(self, obj):
        self.ensure_index(type(obj))
        super().add(obj)

    def ensure_index(self, model):
        # Asked at every write (a few ms): an index deleted meanwhile must
        # not come back by dynamic mapping either.
        index = self.get_index_for_model(model)
        if not self.es.indices.exists(index=index.name):
            try:
                index.put()
            except BadRequestError as error:  # another process made it meanwhile
                if "resource_already_exists_exception" not in str(error):
                    raise
                return
            for other in get_indexed_models():
                if self.get_index_for_model(other).name == index.name:
                    index.add_model(other)


SearchBackend = CityNetElasticsearchBackend
