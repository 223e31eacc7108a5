"""Starting and talking to a troopwatch server from the CI scripts."""
import http.client
import json
import socket
import subprocess
import sys
import time


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(binary, port, data_dir, *extra):
    server = subprocess.Popen(
        [binary, "serve", "--port", str(port), "--data-dir", data_dir, "--log-level", "error", *extra])
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            status, _ = request(port, "GET", "/healthz")
            if status == 200:
                return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("server did not answer /healthz within 60 s")


def request(port, method, path, body=None, headers=None, connection=None):
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        payload = json.dumps(body).encode() if isinstance(body, dict) else body
        all_headers = {"Content-Type": "application/json"} if isinstance(body, dict) else {}
        all_headers.update(headers or {})
        connection.request(method, path, body=payload, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, (json.loads(data) if data and response.getheader("Content-Type", "").endswith("json") else data)
    finally:
        if own:
            connection.close()


def get(port, path):
    """A JSON body; exits when the answer is not 200."""
    status, body = request(port, "GET", path)
    if status != 200:
        raise SystemExit(f"GET {path} answered {status}")
    return body


def get_all(port, path):
    """Every item of a paged list, following `next` cursors."""
    items, cursor = [], None
    while True:
        separator = "&" if "?" in path else "?"
        page = get(port, path + separator + "limit=1000" + (f"&cursor={cursor}" if cursor else ""))
        items += page["items"]
        cursor = page["next"]
        if not cursor:
            return items


def report(failures, passed):
    """Prints the failures and exits non-zero, or prints `passed`."""
    if failures:
        print("\n".join("FAIL: " + failure for failure in failures))
        sys.exit(1)
    print(passed)


def article_text(client, number):
    """A distinct news-like article per (client, number)."""
    count = 1000 + 37 * number + client
    return (f"Kyiv, {1 + number % 28} May 2024 (client {client}, report {number}) — About {count:,} Russian "
            f"troops remain in Belarus near the Ukraine border, the State Border Guard Service said on Friday.")
