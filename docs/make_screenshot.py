"""Make docs/review-page.png and docs/credits-page.png from a generated certificate
(no real person's).

Run: .venv/bin/python docs/make_screenshot.py  (needs Debian's chromium)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402

from certfactory import CLEAN_CASES  # noqa: E402


def main() -> None:
    """Import one generated certificate, serve the page, and photograph its item page."""
    case = next(c for c in CLEAN_CASES if c.expected.issuer == "Cisco U.")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        config = root / "config.yaml"
        config.write_text(
            f"owner_name: {case.expected.learner_name}\n"
            "certifications:\n"
            "  - {name: CCNP Enterprise, level: professional, expires: 2027-03-31}\n"
        )
        command = [sys.executable, "-m", "pipeline", "--config", str(config)]
        subprocess.run(
            [*command, "catalog", "import", "example"], check=True
        )
        subprocess.run([*command, "import", str(case.build(root))], check=True)
        server = subprocess.Popen(
            [*command, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True
        )
        try:
            assert server.stdout is not None
            url = re.search(r"(http://\S+)", server.stdout.readline())
            assert url is not None
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path="/usr/bin/chromium",
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                page = browser.new_page(viewport={"width": 1400, "height": 860})
                page.goto(url.group(1) + "items/1")
                page.screenshot(path=str(ROOT / "docs" / "review-page.png"))
                # Move the item into the current renewal period: the dashboard then shows it.
                subprocess.run(
                    [
                        *command,
                        "edit",
                        "1",
                        "--start-date",
                        "2026-09-01",
                        "--end-date",
                        "2026-09-05",
                    ],
                    check=True,
                )
                page.goto(url.group(1) + "progress")
                page.screenshot(path=str(ROOT / "docs" / "credits-page.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
