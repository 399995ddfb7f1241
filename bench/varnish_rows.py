"""The Varnish rows of `make bench`: an article and a static file answered by Varnish in front of gunicorn.

Varnish runs with the shipped configuration (deploy/varnishd.py), on a free
loopback port in front of the bench's gunicorn, and stops at the end (or by
itself after 15 minutes). Each address is fetched twice first, so every
measured request is a hit. The target: the article at least 0.8 × the static
file, both from Varnish's memory.
"""

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deploy.varnishd import varnishd_command  # noqa: E402 (after the project is on the path)

MAX_SECONDS = 15 * 60


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(app_url, rows, wrk, seconds, connections):
    """{label: wrk report} for (label, path) rows fetched through Varnish; {} without varnishd."""
    if not shutil.which("varnishd"):
        print("  varnishd not installed (apt-get install varnish): no Varnish rows", file=sys.stderr)
        return {}
    port = _free_port()
    work_dir = tempfile.mkdtemp(prefix="celcis-bench-varnish-")
    command = varnishd_command(f"127.0.0.1:{port}", [app_url.removeprefix("http://")], work_dir)
    process = subprocess.Popen(
        ["timeout", "--kill-after=5", str(MAX_SECONDS), *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    front = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        for _, path in rows:
            for _ in range(2):
                with urllib.request.urlopen(front + path, timeout=30) as response:
                    response.read()
        results = {}
        for label, path in rows:
            print(f"  wrk {label} ...", file=sys.stderr)
            results[label] = wrk(front + path, seconds, connections)
        return results
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(work_dir, ignore_errors=True)
