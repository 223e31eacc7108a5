#!/usr/bin/env python3
"""The dashboard in a real browser (Debian's chromium, headless): start the server on the seeds,
load /, let the page fetch and draw, then check the drawn DOM against the API — as many claim
marks as the default subject has dated claims, as many discrepancy rows as /v1/discrepancies
lists on its first page, no error caught by the page and no console message. Saves screenshots at 1280x800 and
390x844 into the folder given as the second argument. Exits non-zero on failure."""
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
import live_server  # noqa: E402

binary, shots = sys.argv[1], sys.argv[2]
os.makedirs(shots, exist_ok=True)
chromium = next((path for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(path)), None)
if chromium is None:
    sys.exit("chromium is not installed (apt-get install chromium)")
port = live_server.free_port()
base = f"http://127.0.0.1:{port}"
server = live_server.start(binary, port, tempfile.mkdtemp(prefix="troopwatch-browser-"))


def get(path):
    return live_server.get(port, path)


def get_all(path):
    return live_server.get_all(port, path)


def browser(*arguments):
    profile = tempfile.mkdtemp(prefix="troopwatch-chromium-")
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000",
               *arguments, base + "/"]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


failures = []
try:
    subjects = get("/v1/subjects")["items"]
    default = sorted(subjects, key=lambda subject: -subject["claimCount"])[0]
    query = "&".join(f"{key}={urllib.request.quote(default[key])}" for key in ("actor", "location", "measure", "group")
                     if default[key])
    same = lambda subject: all((subject.get(key) or None) == (default.get(key) or None)
                               for key in ("actor", "group", "location", "measure"))
    claims = [claim for claim in get_all("/v1/claims?" + query) if claim["asOf"] and same(claim["subject"])]
    # The list shows the API's first page; later pages come with "Show more".
    discrepancies = get("/v1/discrepancies")["items"]
    if len(claims) != default["claimCount"]:
        failures.append(f"/v1/claims has {len(claims)} dated claims of the default subject, /v1/subjects says {default['claimCount']}")

    run = browser("--window-size=1280,800", "--dump-dom")
    dom = run.stdout
    drawn = len(re.findall(r'<g class="claim"', dom))
    rows = len(re.findall(r'<li class="discrepancy"', dom))
    console = [line for line in run.stderr.splitlines() if "CONSOLE" in line]
    page_errors = re.search(r'<pre id="page-errors"[^>]*>(.*?)</pre>', dom, re.S)
    print(f"default subject {default['actor']}/{default['location']}/{default['measure']}: "
          f"{drawn} claim marks drawn, API {len(claims)}; {rows} discrepancy rows, API {len(discrepancies)}; "
          f"{len(console)} console messages")
    if 'data-ready="true"' not in dom:
        failures.append("the page never finished loading")
    if drawn != len(claims):
        failures.append(f"{drawn} claims drawn, the API has {len(claims)}")
    if rows != len(discrepancies):
        failures.append(f"{rows} discrepancy rows, the API has {len(discrepancies)}")
    if page_errors and page_errors.group(1).strip():
        failures.append(f"errors caught by the page: {page_errors.group(1).strip()}")
    if console:
        failures.append("console messages: " + " | ".join(console[:5]))

    # Replaying the record as known on a past day: only articles published by then count.
    published = {a["id"]: (a["published"] or {}).get("date") for a in get_all("/v1/articles")}
    dates = sorted(date for date in published.values() if date)
    known = dates[len(dates) // 2]
    known_claims = [claim for claim in claims if (published.get(claim["articleId"]) or "9999-12-31") <= known]
    known_discrepancies = get(f"/v1/discrepancies?asKnownOn={known}")["items"]
    replay = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=20000", "--enable-logging=stderr",
         "--v=0", f"--user-data-dir={tempfile.mkdtemp(prefix='troopwatch-chromium-')}", "--window-size=1280,800",
         "--dump-dom", f"{base}/#asKnownOn={known}"],
        capture_output=True, text=True, timeout=120)
    replay_drawn = len(re.findall(r'<g class="claim"', replay.stdout))
    replay_rows = len(re.findall(r'<li class="discrepancy"', replay.stdout))
    print(f"as known on {known}: {replay_drawn} claim marks, API {len(known_claims)}; "
          f"{replay_rows} discrepancy rows, API {len(known_discrepancies)}")
    if replay_drawn != len(known_claims) or replay_rows != len(known_discrepancies):
        failures.append(f"as known on {known}: drawn {replay_drawn}/{replay_rows}, API {len(known_claims)}/{len(known_discrepancies)}")
    if replay_drawn == drawn and replay_rows == rows:
        failures.append(f"as known on {known} shows the same as everything known: pick a date that hides something")
    if [line for line in replay.stderr.splitlines() if "CONSOLE" in line]:
        failures.append("console messages while replaying")

    # Opening a claim's article from a link shows the text with that claim's quote highlighted.
    if discrepancies:
        claim = discrepancies[0]["claims"][0]
        article = get(f"/v1/articles/{claim['articleId']}")
        opened = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=20000",
             f"--user-data-dir={tempfile.mkdtemp(prefix='troopwatch-chromium-')}", "--window-size=1280,800",
             "--dump-dom", f"{base}/#article/{claim['articleId']}/{claim['id']}"],
            capture_output=True, text=True, timeout=120).stdout
        current = re.findall(r'<mark[^>]*class="current"[^>]*>', opened)
        marks = len(re.findall(r"<mark", opened))
        evidence = {(c["evidence"]["start"], c["evidence"]["end"]) for c in article["claims"]}
        if not current or not any(claim["id"] in tag for tag in current):
            failures.append(f"opening {claim['articleId']} at {claim['id']} highlighted no current quote")
        if marks < len(evidence):
            failures.append(f"{marks} highlighted spans for {len(evidence)} distinct quotes")
        print(f"article {claim['articleId']}: {marks} highlighted spans, the linked quote marked")

    for name, size in (("dashboard-1280x800.png", "1280,800"), ("dashboard-390x844.png", "390,844")):
        shot = browser(f"--window-size={size}", f"--screenshot={os.path.join(shots, name)}")
        if not os.path.exists(os.path.join(shots, name)):
            failures.append(f"no screenshot {name}: {shot.stderr[-300:]}")
    print(f"screenshots in {os.path.abspath(shots)}")
finally:
    server.terminate()
    server.wait()

live_server.report(failures, "browser test passed")
