"""Desktop notifications (the `notify` option): one per certificate the watcher records."""

from __future__ import annotations

import shutil
import subprocess
import sys


def notify(title: str, message: str) -> bool:
    """Show a desktop notification where the desktop offers one; True when one was sent.

    Never raises: a notification that cannot be shown must not cost a certificate.
    """
    if sys.platform == "darwin" and shutil.which("osascript"):
        script = f"display notification {_applescript(message)} with title {_applescript(title)}"
        command = ["osascript", "-e", script]
    elif shutil.which("notify-send"):
        command = ["notify-send", "--app-name=ceinbox", title, message]
    else:
        return False
    try:
        done = subprocess.run(command, capture_output=True, timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _applescript(text: str) -> str:
    """text as an AppleScript string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
