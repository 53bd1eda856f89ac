"""Django's Redis cache, with one redis-py client per connection pool.

Django builds a new `redis.Redis` for every command; redis-py 8's
constructor registers some 170 response callbacks, which was a third of
the CPU of a page cache hit (pagecache/). A client only holds its pool and
those callbacks, and Django keeps a cache backend per thread, so reusing it
changes nothing else: the pool still hands each command a connection, and
still starts afresh in a forked process.
"""

from django.core.cache.backends import redis


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
