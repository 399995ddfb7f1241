"""Run real varnishd with the shipped configuration on a loopback port, for tests that need it."""

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time

from deploy.varnishd import varnishd_command

# However the test run ends, varnishd stops by itself after this long.
MAX_SECONDS = 600


@contextlib.contextmanager
def varnish(port, app_addresses, startup_seconds=30):
    """Yield the base URL of varnishd on 127.0.0.1:`port` in front of the app servers (HOST:PORT)."""
    work_dir = tempfile.mkdtemp(prefix="celcis-test-varnish-")
    command = varnishd_command(f"127.0.0.1:{port}", app_addresses, work_dir, storage="malloc,64m")
    # A small thread pool: two cores are shared with the app server and the tests.
    command += ["-p", "thread_pools=1", "-p", "thread_pool_min=10"]
    process = subprocess.Popen(
        ["timeout", "--kill-after=5", str(MAX_SECONDS), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + startup_seconds
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("varnishd did not start: " + process.stdout.read().decode()[-3000:])
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(work_dir, ignore_errors=True)
