"""The shipped Varnish configuration compiles for any list of app servers, and the list is checked."""

import shutil
import subprocess
import tempfile

import pytest

from deploy.varnishd import backends_vcl, varnishd_command

needs_varnishd = pytest.mark.skipif(
    not shutil.which("varnishd"), reason="needs varnishd: apt-get install varnish"
)


@needs_varnishd
@pytest.mark.parametrize("apps", [["127.0.0.1:8000"], ["10.0.0.11:8000", "10.0.0.12:8000", "localhost:8001"]])
def test_the_shipped_configuration_compiles_for_one_or_several_app_servers(apps):
    # Not pytest's tmp_path: varnishd's own user must be able to reach the directory.
    work_dir = tempfile.mkdtemp(prefix="celcis-test-varnish-")
    command = varnishd_command("127.0.0.1:6081", apps, work_dir)
    command.remove("-F")  # -C compiles and exits
    result = subprocess.run([*command, "-C"], capture_output=True, text=True, timeout=120)
    shutil.rmtree(work_dir, ignore_errors=True)
    assert result.returncode == 0, result.stderr[-2000:]


def test_every_app_server_is_a_backend_and_may_purge():
    vcl = backends_vcl(["10.0.0.11:8000", "10.0.0.12:8000"], probe_host="www.celcis.org.uk")
    assert vcl.count(".probe = app_health;") == 2
    assert "app_servers.add_backend(app2);" in vcl
    acl = vcl[vcl.index("acl purgers") :]
    assert '"10.0.0.11";' in acl
    assert '"10.0.0.12";' in acl
    assert '"Host: www.celcis.org.uk"' in vcl


@pytest.mark.parametrize("bad", [[], ["8000"], ["10.0.0.11"], ['evil";}:80']])
def test_a_bad_app_server_list_is_refused_with_a_clear_message(bad):
    with pytest.raises(ValueError, match="app server|VCL"):
        backends_vcl(bad)
