"""Issue 24, point 9: `make run PORT=…` mails links to the port it serves on, and the README
documents the variables a deployer needs."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_public_base_url_follows_port_in_make_run():
    dry = subprocess.run(
        ["make", "-n", "--always-make", "run", "PORT=8031"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    serve = next(line for line in dry.splitlines() if "runserver" in line)
    assert "PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://127.0.0.1:8031}" in serve
    assert serve.endswith("runserver 127.0.0.1:8031")
    seed = next(line for line in dry.splitlines() if "seed_demo" in line)
    assert "http://127.0.0.1:8031" in seed


def test_the_readme_lists_the_variables_and_postgresql_for_the_demo():
    readme = (ROOT / "README.md").read_text()
    table = {m.group(1) for m in re.finditer(r"^\| `([A-Z_]+)`", readme, re.MULTILINE)}
    wanted = {"PUBLIC_BASE_URL", "SESSION_IDLE_MINUTES", "OTP_REQUIRED_FOR_ADMINS"}
    assert wanted | {"INVITATION_VALID_DAYS"} <= table
    assert re.search(r"DATABASE_URL=postgres://\S+ make run", readme)
