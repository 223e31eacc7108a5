#!/usr/bin/env python3
"""Starts the release binary on a free port and checks what a newcomer would: the five seed
articles with the reference titles and dates, and problem+json errors. Exits non-zero on failure."""
import json
import pathlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

binary = sys.argv[1]
reference = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/seeds/expected-claims.json"

with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
base = f"http://127.0.0.1:{port}"
data_dir = tempfile.mkdtemp(prefix="troopwatch-smoke-")
server = subprocess.Popen(
    [binary, "serve", "--port", str(port), "--data-dir", data_dir], stderr=subprocess.PIPE, text=True)
failures = []


def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


try:
    for _ in range(100):
        try:
            if get("/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)
    else:
        sys.exit("server did not answer /healthz within 10 s")

    status, headers, body = get("/v1/articles")
    items = json.loads(body)["items"]
    if status != 200 or len(items) != 5:
        failures.append(f"/v1/articles: status {status}, {len(items)} items")
    if reference.exists():
        expected = json.loads(reference.read_text())["articles"]
        by_id = {item["id"]: item for item in items}
        for article in expected:
            item = by_id.get(article["file"].rsplit(".", 1)[0])
            if item is None:
                failures.append(f"missing {article['file']}")
                continue
            if item["title"] != article["title"]:
                failures.append(f"{article['file']}: title {item['title']!r}")
            if item["published"]["date"] != article["published"]:
                failures.append(f"{article['file']}: published {item['published']}")
            if article.get("outlet") and item["outlet"] != article["outlet"]:
                failures.append(f"{article['file']}: outlet {item['outlet']!r}")
    else:
        print(f"note: {reference} not found; reference titles checked by the Swift tests only")

    for path, code in [("/v1/articles/nope", 404), ("/v1/articles?limit=0", 400), ("/v1/articles?from=notadate", 400),
                       ("/v1/articles?cursor=zzz", 400), ("/nope", 404)]:
        status, headers, _ = get(path)
        if status != code or headers.get("Content-Type") != "application/problem+json":
            failures.append(f"{path}: {status} {headers.get('Content-Type')}")
    request = urllib.request.Request(base + "/v1/articles", method="POST", data=b"")
    try:
        urllib.request.urlopen(request, timeout=10)
        failures.append("POST /v1/articles without a content type did not fail")
    except urllib.error.HTTPError as error:
        if error.code != 415:
            failures.append(f"POST /v1/articles without a content type: {error.code}")

    # Server-Sent Events: a client resuming after seq 0 gets the feed from seq 1; a second one,
    # started with no position, gets what is ingested after it connected.
    import http.client

    def open_stream(headers):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/v1/events", headers=headers)
        response = connection.getresponse()
        if response.status != 200 or response.getheader("Content-Type") != "text/event-stream":
            failures.append(f"/v1/events: {response.status} {response.getheader('Content-Type')}")
        return connection, response

    def next_event(response):
        lines = {}
        while True:
            line = response.fp.readline().decode().rstrip("\n")
            if line == "" and lines:
                return lines
            if ":" in line and not line.startswith(":"):
                key, value = line.split(":", 1)
                lines[key] = value.strip()

    replay_connection, replay = open_stream({"Last-Event-ID": "0"})
    first = next_event(replay)
    first = next_event(replay) if "retry" in first else first
    if first.get("id") != "1" or json.loads(first.get("data", "{}")).get("seq") != 1:
        failures.append(f"/v1/events from Last-Event-ID 0 began with {first}")
    live_connection, live = open_stream({})
    next_event(live)  # the retry hint
    ingest = urllib.request.Request(
        base + "/v1/articles", method="POST", headers={"Content-Type": "application/json"},
        data=json.dumps({"text": "About 300 Russian troops remain in Belarus, the monitor said on 2 May 2024."}).encode())
    with urllib.request.urlopen(ingest, timeout=10) as response:
        article_id = json.loads(response.read())["id"]
        if response.status != 201:
            failures.append(f"ingest: {response.status}")
    event = json.loads(next_event(live).get("data", "{}"))
    if event.get("type") != "article.added" or event.get("id") != article_id:
        failures.append(f"/v1/events after an ingest sent {event}")
    replay_connection.close()
    # The live stream stays open: SIGTERM below must still stop the server promptly.
finally:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        failures.append("server did not stop within 10 s of SIGTERM")

if server.returncode not in (0, -15):
    failures.append(f"server exited with {server.returncode}")
if failures:
    print("smoke test FAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"smoke test passed: 5 seed articles served on port {port}, errors are problem+json, events stream, "
      "clean shutdown with a stream open")
