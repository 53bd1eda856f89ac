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
once a minute. The one write that must not be lost is a purge:
pagecache.store writes it with `set_strictly`, which raises, so it knows
that it could not purge, and purges as soon as Redis answers again.
"""

import logging
import time

from django.core.cache.backends import redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
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


def _fail_open(name, answer):
    """The backend's `name`, answering answer(*args) while Redis is down."""

    def method(self, *args, **kwargs):
        try:
            return getattr(super(RedisCache, self), name)(*args, **kwargs)
        except UNREACHABLE as error:
            _unreachable(error)
            return answer(*args, **kwargs)

    method.__name__ = name
    return method


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ClientPerPool

    # Reads find nothing, writes keep nothing, counters start afresh.
    get = _fail_open("get", lambda key, default=None, version=None: default)
    get_many = _fail_open("get_many", lambda *args, **kwargs: {})
    has_key = _fail_open("has_key", lambda *args, **kwargs: False)
    set = _fail_open("set", lambda *args, **kwargs: None)
    add = _fail_open("add", lambda *args, **kwargs: False)
    set_many = _fail_open("set_many", lambda data, *args, **kwargs: list(data))
    incr = _fail_open("incr", lambda key, delta=1, version=None: delta)
    touch = _fail_open("touch", lambda *args, **kwargs: False)
    delete = _fail_open("delete", lambda *args, **kwargs: False)
    delete_many = _fail_open("delete_many", lambda *args, **kwargs: None)
    # For a write that must not be lost silently (a purge): raises.
    set_strictly = redis.RedisCache.set
