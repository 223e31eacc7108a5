#!/usr/bin/env python3
"""Durability under SIGKILL: 4 clients fire 200 ingests at a server that is killed mid-burst; after a
restart every acknowledged (201) article must be there, none twice, nothing half-written, and the
change feed numbered 1..N with one article.added per stored article. Exits non-zero on failure."""
import os
import signal
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(__file__))
import live_server  # noqa: E402

binary = sys.argv[1]
data_dir = tempfile.mkdtemp(prefix="troopwatch-crash-")
port = live_server.free_port()
server = live_server.start(binary, port, data_dir)

CLIENTS, PER_CLIENT, KILL_AFTER = 4, 50, 90
acknowledged = {}  # id -> text
sent = {}  # text -> client
lock = threading.Lock()
killed = threading.Event()


def client(number):
    import http.client
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for report in range(PER_CLIENT):
        text = live_server.article_text(number, report)
        with lock:
            sent[text] = number
        try:
            status, body = live_server.request(port, "POST", "/v1/articles", {"text": text}, connection=connection)
        except OSError:
            return  # the server is gone
        if status == 201:
            with lock:
                acknowledged[body["id"]] = text
                if len(acknowledged) >= KILL_AFTER and not killed.is_set():
                    killed.set()
                    os.kill(server.pid, signal.SIGKILL)
        elif status != 200:
            print(f"unexpected status {status}: {body}")


threads = [threading.Thread(target=client, args=(number,)) for number in range(CLIENTS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
server.wait()
print(f"killed after {len(acknowledged)} acknowledged ingests (of {len(sent)} sent)")
if not killed.is_set():
    sys.exit("the server was never killed: the burst ended first")

server = live_server.start(binary, port, data_dir)
failures = []
try:
    stray = [name for name in os.listdir(os.path.join(data_dir, "articles")) if name.startswith(".tmp-")]
    if stray:
        failures.append(f"temporary files left after restart: {stray}")
    _, health = live_server.request(port, "GET", "/healthz")
    if health.get("skipped"):
        failures.append(f"files skipped at restart: {health['skipped']}")
    articles = live_server.get_all(port, "/v1/articles")
    ids = [article["id"] for article in articles]
    if len(ids) != len(set(ids)):
        failures.append("an article id is listed twice")
    ingested = [i for i in ids if i.startswith("in-")]
    texts = {}
    for article_id in ingested:
        status, article = live_server.request(port, "GET", f"/v1/articles/{article_id}")
        if status != 200:
            failures.append(f"{article_id} listed but not served ({status})")
            continue
        if article["text"] not in sent:
            failures.append(f"{article_id} holds a text no client sent (half-written?)")
        texts[article["text"]] = texts.get(article["text"], 0) + 1
    duplicated = [text for text, count in texts.items() if count > 1]
    if duplicated:
        failures.append(f"{len(duplicated)} texts stored twice")
    missing = [article_id for article_id in acknowledged if article_id not in set(ingested)]
    if missing:
        failures.append(f"{len(missing)} acknowledged articles lost: {missing[:5]}")
    records, after = [], 0
    while True:
        _, page = live_server.request(port, "GET", f"/v1/changes?after={after}&limit=1000")
        records += page["items"]
        if not page["items"]:
            break
        after = page["last"]
    seqs = [record["seq"] for record in records]
    if seqs != list(range(1, len(seqs) + 1)):
        failures.append("change feed seqs are not 1..N")
    added = {}
    for record in records:
        if record["type"] == "article.added":
            added[record["id"]] = added.get(record["id"], 0) + 1
    if any(added.get(article_id) != 1 for article_id in ingested):
        failures.append("a stored article does not have exactly one article.added record")
    print(f"after restart: {len(ingested)} ingested articles (all {len(acknowledged)} acknowledged among them), "
          f"{len(records)} change records")
finally:
    server.terminate()
    server.wait()

live_server.report(failures, "crash test passed")
