"""Django's Redis cache, with one redis-py client per connection pool, that
answers like an empty cache while Redis cannot be reached.

Django builds a new `redis.Redis` for every command; redis-py 8's
constructor registers some 170 response callbacks, which was a third of
the CPU of a page cache hit (pagecache/). A client only holds its pool and
those callbacks, and Django keeps a cache backend per thread, so reusing it
changes nothing else: the pool still hands each command a connection, and
still starts afresh in a forked process.

While Redis is down (connection refused, timeout) readers must still be
served: reads find nothing, writes keep nothing and counters start afresh
(the rate limits let requests through), with a warning in the log at most
once a minute. The one write that must not be lost is a purge: the page
cache's generation key (`STRICT_KEYS`) raises, so pagecache.store knows
that it could not purge, and purges as soon as Redis answers again.
"""

import logging
import time

from django.core.cache.backends import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# Written by pagecache.store.new_generation; losing it would leave stale pages.
STRICT_KEYS = frozenset({"pagecache:generation"})
_last_warning = [0.0]


def _unreachable(error):
    now = time.monotonic()
    if now - _last_warning[0] > 60:
        _last_warning[0] = now
        logger.warning("Redis cannot be reached (%s): serving without the cache", error)


class _ClientPerPool(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ClientPerPool

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set(key, value, timeout, version)
        except UNREACHABLE as error:
            if key in STRICT_KEYS:
                raise
            _unreachable(error)
            return None

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return False

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return list(data)  # the keys not stored

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return delta  # a counter that starts afresh

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return False

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except UNREACHABLE as error:
            _unreachable(error)
            return None
