"""Requests per second against gunicorn on loopback (bench/pages.py).

The client is wrk when it is installed (`apt-get install wrk`): one C
thread, a bounded number of keep-alive connections, fixed duration. A
Python client cannot load the server enough to measure it (it spends more
CPU per request than the server does), so without wrk the figures are the
client's as much as the server's, and say so.

The machine may be shared: each figure comes with the 1-minute load
average when it started, rounds alternate cached page and static file so
both meet the same load, and the ratio cached/static of each round is
reported, which moves much less with load than either figure. On Linux the
server's CPU time per request (all its processes) is printed too.
"""

import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a browser sends: the cached page and the static file both go compressed.
HEADERS = {"Accept-Encoding": "gzip"}


def _get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        response.read()
        return response
    finally:
        connection.close()


def wrk_rate(wrk, port, path, seconds, connections):
    command = [wrk, "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(  # noqa: S603 - wrk against our own loopback server
        [*command, f"http://127.0.0.1:{port}{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    problems = re.findall(r"(Non-2xx or 3xx responses: \d+|Socket errors: .*)", out)
    if any(re.search(r"[1-9]", problem) for problem in problems):
        raise RuntimeError(f"{path}: {'; '.join(problems)}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def python_rate(port, path, seconds, connections):
    """The fallback client: one keep-alive connection per thread."""
    deadline = time.perf_counter() + seconds
    counts, errors = [], []

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        done = 0
        try:
            while time.perf_counter() < deadline:
                connection.request("GET", path, headers=HEADERS)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors.append(response.status)
                done += 1
        except OSError as error:
            errors.append(error)
        finally:
            connection.close()
            counts.append(done)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{path}: {len(errors)} errors, e.g. {errors[0]}")
    return sum(counts) / (time.perf_counter() - started)


def server_cpu(master):
    """CPU seconds used so far by gunicorn's master and its workers (Linux), or None."""
    if not os.path.isdir("/proc"):
        return None
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path("/proc", entry, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry) == master or int(fields[1]) == master:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def start_server(port):
    server = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--config",
            "config/gunicorn.py",
            "--access-logfile",
            "/dev/null",
            "config.wsgi:application",
        ],
        cwd=ROOT,
        env={**os.environ, "BIND": f"127.0.0.1:{port}"},
    )
    for _ in range(300):
        try:
            _get(port, "/en/")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not answer within a minute")


def served(cached, uncached, static, rounds=3, seconds=5, connections=8):
    """Print rounds of req/s: cached page, static file, uncached page."""
    port = int(os.environ.get("BENCH_PORT", "8150"))
    wrk = shutil.which("wrk")
    client = "wrk" if wrk else "a Python client (install wrk: these figures are the client's)"
    print(
        f"\ngunicorn on loopback (config/gunicorn.py), {client}, {connections} keep-alive "
        f"connections, {seconds} s per figure, Accept-Encoding: gzip"
    )
    server = start_server(port)
    try:
        for _ in range(20):  # fills the page cache, warms the site memo
            _get(port, cached)
            _get(port, uncached)
        hit = _get(port, cached)
        if hit.getheader("X-Page-Cache") != "hit":
            raise RuntimeError(f"{cached} is not served from the page cache")
        if "immutable" not in (_get(port, static).getheader("Cache-Control") or ""):
            raise RuntimeError(f"{static} is not served by whitenoise")

        def measure(path, duration):
            load = os.getloadavg()[0]
            before = server_cpu(server.pid)
            if wrk:
                rate = wrk_rate(wrk, port, path, duration, connections)
            else:
                rate = python_rate(port, path, duration, min(connections, 4))
            after = server_cpu(server.pid)
            cpu = None if before is None else (after - before) / (rate * duration) * 1e6
            if cpu is not None and cpu < 0:
                cpu = None  # a worker was replaced (GUNICORN_MAX_REQUESTS): its time is gone
            return rate, load, cpu

        header = f"{'round':<6}{'what':<16}{'req/s':>8}{'load':>6}{'server CPU µs/req':>19}"
        print(header)
        ratios, figures = [], {"cached": [], "static": [], "uncached": []}
        for number in range(1, rounds + 1):
            for what, path, duration in (
                ("cached", cached, seconds),
                ("static", static, seconds),
                ("uncached", uncached, max(2, seconds // 2)),
            ):
                rate, load, cpu = measure(path, duration)
                figures[what].append(rate)
                cpu_text = f"{cpu:>19.0f}" if cpu is not None else ""
                print(f"{number:<6}{what:<16}{rate:>8.0f}{load:>6.1f}{cpu_text}")
            ratios.append(figures["cached"][-1] / figures["static"][-1])
        print(
            "median: cached {:.0f} req/s ({}), static {:.0f} ({}), uncached {:.1f} ({}); "
            "cached/static {:.2f} (rounds: {})".format(
                statistics.median(figures["cached"]),
                cached,
                statistics.median(figures["static"]),
                static,
                statistics.median(figures["uncached"]),
                uncached,
                statistics.median(ratios),
                ", ".join(f"{ratio:.2f}" for ratio in ratios),
            )
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
