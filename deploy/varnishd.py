"""Run Varnish with the shipped configuration (deploy/varnish/celcis.vcl) in front of the app servers.

`make varnish` and the integration test both start it here, so they run the
same thing. The app servers are given as HOST:PORT addresses; from that one
list come the backends (round robin, each health-probed on /healthz/) and the
ACL of addresses allowed to PURGE, written to celcis-backends.vcl in Varnish's
working directory, beside a copy of the main VCL that includes it.

    python -m deploy.varnishd --listen 127.0.0.1:6081 --app 10.0.0.11:8000 --app 10.0.0.12:8000
"""

import argparse
import os
import shutil
import tempfile
from pathlib import Path

VCL = Path(__file__).resolve().parent / "varnish" / "celcis.vcl"
BACKENDS_FILE = "celcis-backends.vcl"


def _host_and_port(address):
    host, _, port = address.strip().rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"an app server is HOST:PORT, not {address!r}")
    return host.strip("[]"), port


def _vcl_string(value):
    if any(char in value for char in '"\r\n'):
        raise ValueError(f"not allowed in a VCL string: {value!r}")
    return f'"{value}"'


def backends_vcl(app_addresses, probe_host="localhost"):
    """The VCL for these app servers: probe, backends, the `app_servers` director and the `purgers` ACL.

    `probe_host` is the Host header of the health probe: one the site's
    ALLOWED_HOSTS accepts, or Django answers 400 and the server looks down.
    """
    servers = [_host_and_port(address) for address in app_addresses]
    if not servers:
        raise ValueError("at least one app server is needed")
    lines = [
        "# Written by deploy/varnishd.py: the app servers, their health, who may purge.",
        "probe app_health {",
        "    .request =",
        '        "GET /healthz/ HTTP/1.1"',
        f'        "Host: {probe_host}"',
        '        "User-Agent: Varnish health probe"',
        '        "Connection: close";',
        # Sick after two failed probes in a row (about two seconds), well again after two good ones.
        "    .interval = 1s;",
        "    .timeout = 1s;",
        "    .window = 3;",
        "    .threshold = 2;",
        "    .initial = 2;",
        "}",
    ]
    for number, (host, port) in enumerate(servers, start=1):
        lines += [
            f"backend app{number} {{",
            f"    .host = {_vcl_string(host)};",
            f"    .port = {_vcl_string(port)};",
            "    .probe = app_health;",
            "    .connect_timeout = 1s;",
            "    .first_byte_timeout = 30s;",
            "}",
        ]
    lines += ["acl purgers {", *sorted({f"    {_vcl_string(host)};" for host, _ in servers}), "}"]
    lines += ["sub vcl_init {", "    new app_servers = directors.round_robin();"]
    lines += [f"    app_servers.add_backend(app{number});" for number in range(1, len(servers) + 1)]
    lines += ["}"]
    return "\n".join(lines) + "\n"


def varnishd_command(listen, app_addresses, work_dir, probe_host="localhost", storage="malloc,256m"):
    """Write the backends file into `work_dir` and return the command that runs varnishd in the foreground."""
    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    # varnishd drops root for a user of its own, which must reach its working directory and read
    # the configuration: a copy of the shipped VCL sits beside the backends file, since the
    # checkout may be in a folder only its owner can enter (e.g. a clone in `mktemp -d`).
    work_dir.chmod(0o755)
    (work_dir / BACKENDS_FILE).write_text(backends_vcl(app_addresses, probe_host))
    vcl = work_dir / VCL.name
    shutil.copyfile(VCL, vcl)
    return [
        shutil.which("varnishd") or "/usr/sbin/varnishd",
        "-F",
        "-n",
        str(work_dir / "varnish"),
        "-a",
        listen,
        "-f",
        str(vcl),
        "-p",
        f"vcl_path={work_dir}",
        "-s",
        storage,
        # No management port: it is configured once, here.
        "-T",
        "none",
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default=os.environ.get("VARNISH_ADDRESS", "127.0.0.1:6081"))
    parser.add_argument(
        "--app",
        action="append",
        help="an app server's HOST:PORT; repeat for several (default APP_ADDRESS, comma-separated)",
    )
    parser.add_argument("--probe-host", default=os.environ.get("VARNISH_PROBE_HOST", "localhost"))
    parser.add_argument("--work-dir", help="Varnish's working directory (default: one per port in /tmp)")
    args = parser.parse_args(argv)
    apps = args.app or os.environ.get("APP_ADDRESS", "127.0.0.1:8000").split(",")
    port = args.listen.rpartition(":")[2]
    work_dir = args.work_dir or Path(tempfile.gettempdir()) / f"celcis-varnish-{port}"
    command = varnishd_command(args.listen, apps, work_dir, args.probe_host)
    print(f"Varnish on http://{args.listen}/ in front of {', '.join(apps)} (Ctrl-C stops it)", flush=True)
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
