#!/usr/bin/env python3
"""Scores the release server's claims with the shared scorer (../shared/tools/score_claims.py):
the seed articles against their reference reading, and the 60 real articles of the dev corpus
both with their front matter and from the bare text alone.

Seeds must meet their bars (issues 3 and 4). The dev corpus must not fall below the floor kept in
.ci/reading-floor.json: it records the scores that have landed and is raised as reading improves,
never lowered, so a change that reads real articles worse fails here. With CI=true a missing
../shared is a failure; elsewhere it is a notice.

Usage: score_reading.py BINARY"""
import json
import os
import pathlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

SEED_BARS = {"recall": 1.0, "precision": 0.90, "source": 0.90, "asOf": 0.90, "discRecall": 1.0}

binary = sys.argv[1]
repo = pathlib.Path(__file__).resolve().parent.parent
shared = repo.parent / "shared"
scorer = shared / "tools/score_claims.py"
seeds_gold = shared / "seeds/expected-claims.json"
dev = shared / "corpus/dev"
floor = json.loads((repo / ".ci/reading-floor.json").read_text())

missing = [path for path in (scorer, seeds_gold, dev / "gold.json") if not path.exists()]
if missing:
    message = f"{', '.join(map(str, missing))} not found beside the checkout; the reading cannot be scored"
    if os.environ.get("CI") == "true":
        sys.exit(f"FAILURE: {message}")
    print(f"NOTICE: {message}")
    sys.exit(0)


def score(gold, corpus=None):
    """Starts the server (on the seeds, or on `corpus`), scores it, returns the scorer's report."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data_dir = tempfile.mkdtemp(prefix="troopwatch-score-")
    command = [binary, "serve", "--port", str(port), "--log-level", "error", "--data-dir", data_dir]
    if corpus:
        command += ["--corpus", str(corpus)]
    server = subprocess.Popen(command)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        arguments = [sys.executable, str(scorer), "--gold", str(gold), "--server", f"http://127.0.0.1:{port}", "--json"]
        if corpus:
            arguments += ["--articles", str(corpus)]
        result = subprocess.run(arguments, capture_output=True, text=True, timeout=300)
    finally:
        server.terminate()
        server.wait(timeout=10)
    if result.returncode != 0:
        print(result.stdout, result.stderr)
        sys.exit("scorer failed")
    return json.loads(result.stdout)


def figures(report):
    discrepancies = report["discrepancies"]
    reported = discrepancies["systemCount"] or 0
    return {
        "f1": report["overall"]["f1"] or 0,
        "precision": report["overall"]["precision"] or 0,
        "recall": report["overall"]["recall"] or 0,
        "source": report["matched"]["sourceAccuracy"] or 0,
        "asOf": report["matched"]["asOfStrict"] or 0,
        "discRecall": discrepancies["recall"] or 0,
        "falseAlarms": discrepancies["falseAlarms"],
        "ungroundedShare": (discrepancies["ungrounded"] / reported) if reported else 0.0,
    }


def line(measured):
    return " ".join(f"{name}={value:.3f}" if isinstance(value, float) else f"{name}={value}"
                    for name, value in measured.items())


failures = []

seeds = figures(score(seeds_gold))
below = [name for name, bar in SEED_BARS.items() if seeds[name] < bar] + (["falseAlarms"] if seeds["falseAlarms"] else [])
print(f"seeds: {line(seeds)}")
if below:
    failures.append(f"seeds below their bars ({', '.join(below)})")

for mode, folder in (("frontMatter", "articles-fm"), ("textOnly", "articles")):
    measured = figures(score(dev / "gold.json", dev / folder))
    print(f"dev {mode}: {line(measured)}")
    for name, least in floor[mode].items():
        # Counts and shares of bad reports are ceilings; every other figure is a floor.
        worse = measured[name] > least if name in ("falseAlarms", "ungroundedShare") else measured[name] < least
        if worse:
            failures.append(f"dev {mode} {name} {measured[name]:.3f} past the floor {least}")

if failures:
    sys.exit("reading score FAILED: " + "; ".join(failures))
print("reading scores hold (seed bars and .ci/reading-floor.json)")
