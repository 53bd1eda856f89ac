"""The Redis cache backend (core/redis_cache.py) against a real Redis, when
TEST_REDIS_URL names one (e.g. redis://127.0.0.1:6379/15, a database of its
own: it is flushed)."""

import os
import threading

import pytest

from core.redis_cache import RedisCache

URL = os.environ.get("TEST_REDIS_URL")
pytestmark = pytest.mark.skipif(not URL, reason="TEST_REDIS_URL is not set")


@pytest.fixture
def cache():
    backend = RedisCache(URL, {"KEY_PREFIX": "test-redis-cache"})
    backend.clear()
    yield backend
    backend.clear()


def test_values_round_trip_through_one_client(cache):
    cache.set("page", {"content": b"<html>", "headers": {"Vary": "Cookie"}})
    assert cache.get_many(["page", "missing"]) == {
        "page": {"content": b"<html>", "headers": {"Vary": "Cookie"}}
    }
    assert cache._cache.get_client() is cache._cache.get_client(write=True)


def test_another_backend_sees_a_change_at_once(cache):
    other = RedisCache(URL, {"KEY_PREFIX": "test-redis-cache"})
    other.get("generation")  # its client exists before the change
    cache.set("generation", "second")
    assert other.get("generation") == "second"


def test_threads_share_nothing_but_the_server(cache):
    seen = []

    def work(number):
        backend = RedisCache(URL, {"KEY_PREFIX": "test-redis-cache"})
        for turn in range(50):
            backend.set(f"key-{number}", turn)
            seen.append(backend.get(f"key-{number}") == turn)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [True] * 200
