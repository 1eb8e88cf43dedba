"""Refresh ``docs/screenshots/medborgarloften.png`` from a running demo (a tool, not a test).

Usage: serve the demo (``make run``), then, in another terminal,

    .venv/bin/python docs/tools/promise_screenshot.py [http://127.0.0.1:8000]

It opens this year's demo promise in Debian's Chromium, unfolds the first piece of evidence and
saves a full-page screenshot.
"""

import os
import sys
from datetime import date
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "screenshots" / "medborgarloften.png"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]


def main(base_url: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(base_url=base_url, locale="sv-SE")
        page.set_viewport_size({"width": 1100, "height": 900})
        response = page.goto(f"/medborgarloften/medborgarlofte-hjo-{date.today().year}/")
        if response is None or response.status != 200:
            sys.exit(f"The demo promise is not there at {base_url}: run `make run` first.")
        page.locator("details.evidence summary").first.click()
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        browser.close()
    print(f"Saved {SCREENSHOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
