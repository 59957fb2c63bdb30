"""The one headless Chromium of a test process, shared by the certificate sets printed from
HTML: Playwright's sync API runs one driver per thread, so two sets each starting their own
would fail ("using Playwright Sync API inside the asyncio loop")."""

from __future__ import annotations

import atexit
from typing import Any

CHROMIUM = "/usr/bin/chromium"
_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_STATE: dict[str, Any] = {}


def shared_browser() -> Any:
    """The process's Chromium, started on first use and closed at exit; started again when
    it has crashed, so that one crash fails one test, not every later page of the process."""
    browser = _STATE.get("browser")
    if browser is not None and not browser.is_connected():
        del _STATE["browser"]
    if "driver" not in _STATE:
        from playwright.sync_api import sync_playwright

        _STATE["driver"] = sync_playwright().start()
        atexit.register(_close)
    if "browser" not in _STATE:
        driver = _STATE["driver"]
        _STATE["browser"] = driver.chromium.launch(executable_path=CHROMIUM, args=_ARGS)
    return _STATE["browser"]


def _close() -> None:
    browser = _STATE.pop("browser", None)
    driver = _STATE.pop("driver", None)
    try:
        if browser is not None:
            browser.close()
    finally:
        if driver is not None:
            driver.stop()
