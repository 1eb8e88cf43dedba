"""The structure holds: apps depend one way (bra_council → citizen_promises → est_incidents →
hjo_safety) and no module imports one that imports it back. The contracts are in pyproject.toml
under ``[tool.importlinter]``; docs/architecture.md explains them."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
