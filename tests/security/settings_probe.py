"""Read settings as a fresh process with a given environment would see them."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLEARED = {
    "DEBUG",
    "DATABASE_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "PYTEST_CURRENT_TEST",
    "MAP_TILE_URL",
    "OTP_REQUIRED_FOR_ADMINS",
    "SESSION_IDLE_MINUTES",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}
PRODUCTION = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "trygghet.hjo.se"}


def probe_settings(*names, **env):
    """The named settings (JSON-able, via ``str`` otherwise) from a fresh process."""
    script = (
        "import json, hjo_safety.settings as s\n"
        f"print(json.dumps({{n: getattr(s, n, None) for n in {list(names)!r}}}, default=str))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in CLEARED}
    clean.update(env, DJANGO_SETTINGS_MODULE="hjo_safety.settings")
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
