#!/usr/bin/env python3
"""GET /v1/estimates latency while 4 clients ingest continuously, against the same server idle.
Idle and busy rounds alternate (three of each) and the medians are compared, because a single p99 on
a shared 2-core machine moves by several times from run to run. Prints the figures and whether the
busy p99 stays within 2x of the idle one; the ingesting clients are separate processes so that they
do not share the measuring client's GIL."""
import http.client
import multiprocessing
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import live_server  # noqa: E402

ESTIMATE = "/v1/estimates?actor=RU&location=BY&measure=personnel&date=2023-10-20"
SAMPLES = 2000
ROUNDS = 3


def measure(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    timings = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        connection.request("GET", ESTIMATE)
        response = connection.getresponse()
        response.read()
        timings.append(time.perf_counter() - started)
        if response.status != 200:
            raise SystemExit(f"GET {ESTIMATE} answered {response.status}")
    timings.sort()
    return timings[len(timings) // 2] * 1e6, timings[int(len(timings) * 0.99)] * 1e6


def ingest(port, client, stop, counter):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    number = 0
    while not stop.is_set():
        status, _ = live_server.request(
            port, "POST", "/v1/articles", {"text": live_server.article_text(client + 10, number)},
            connection=connection)
        if status not in (200, 201):
            raise SystemExit(f"ingest answered {status}")
        number += 1
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    binary = sys.argv[1]
    port = live_server.free_port()
    server = live_server.start(binary, port, tempfile.mkdtemp(prefix="troopwatch-bench-"))
    idle, busy, rates = [], [], []
    try:
        measure(port)  # warm-up
        for _ in range(ROUNDS):
            idle.append(measure(port))
            stop = multiprocessing.Event()
            counter = multiprocessing.Value("i", 0)
            clients = [multiprocessing.Process(target=ingest, args=(port, n + 4 * len(busy), stop, counter))
                       for n in range(4)]
            for process in clients:
                process.start()
            time.sleep(0.5)
            started, before = time.time(), counter.value
            busy.append(measure(port))
            rates.append((counter.value - before) / (time.time() - started))
            stop.set()
            for process in clients:
                process.join()
    finally:
        server.terminate()
        server.wait()

    def median(values):
        return sorted(values)[len(values) // 2]

    for number, (quiet, loaded, rate) in enumerate(zip(idle, busy, rates), 1):
        print(f"round {number}: idle p50 {quiet[0]:.0f} µs p99 {quiet[1]:.0f} µs; "
              f"while 4 clients ingest ({rate:.0f}/s) p50 {loaded[0]:.0f} µs p99 {loaded[1]:.0f} µs")
    idle_p99, busy_p99 = median([r[1] for r in idle]), median([r[1] for r in busy])
    ratio = busy_p99 / idle_p99
    print(f"GET /v1/estimates p99, median of {ROUNDS} rounds: idle {idle_p99:.0f} µs, "
          f"while ingesting {busy_p99:.0f} µs; ratio {ratio:.2f} ({'within' if ratio <= 2 else 'OVER'} the 2x bar)")
