"""Files that must be refused with one line and exit 2, or survived, never hung on."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import ExtractionLimits
from pipeline.errors import HostilePdf, RefusedInput
from pipeline.extract.guard import GuardedExtractor, extract_guarded
from pipeline.extract.profiles import load_profiles

from certfactory import BAD_INPUTS, CLEAN_CASES

PROFILES = load_profiles(None)
# What each bad input must give: exit status, and a word the one-line reason contains.
EXPECTED = {
    "empty": (2, "empty"),
    "not_pdf": (2, "not a PDF"),
    "truncated": (2, "damaged"),
    "garbage_after_header": (2, "damaged"),
    "password": (2, "password"),
    "cyclic": (2, ""),
    "deep_nesting": (2, ""),
    "decompression_bomb": (2, ""),
    "invoice": (2, "not a certificate"),
}
# Readable files that are not clean certificates: read (exit 0) and flagged for review.
FLAGGED = {"many_pages", "blank"}


def run_extract(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=path.parent,
    )


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_refused_in_one_line_or_flagged(name: str, tmp_path: Path) -> None:
    path = BAD_INPUTS[name](tmp_path)
    started = time.monotonic()
    done = run_extract(path)
    assert time.monotonic() - started < 60
    if name in EXPECTED:
        status, word = EXPECTED[name]
        assert done.returncode == status, (done.stdout, done.stderr)
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert lines[0].startswith(f"ceinbox: {path}: ")
        assert word.lower() in lines[0].lower()
        assert "Traceback" not in done.stderr
    else:
        assert done.returncode in (0, 2), done.stderr
        assert "Traceback" not in done.stderr
        if done.returncode == 0:
            assert '"needs_review": true' in done.stdout or name not in FLAGGED
        else:
            assert len(done.stderr.strip().splitlines()) == 1


def test_a_reader_over_its_time_is_stopped(tmp_path: Path) -> None:
    path = CLEAN_CASES[0].build(tmp_path)
    limits = ExtractionLimits(time_limit_seconds=0.001)
    with pytest.raises(HostilePdf, match="longer than"):
        extract_guarded(path, profiles=PROFILES, limits=limits)


def test_a_reader_over_its_memory_is_stopped(tmp_path: Path) -> None:
    path = BAD_INPUTS["decompression_bomb"](tmp_path)
    limits = ExtractionLimits(memory_limit_mb=300)
    with pytest.raises(RefusedInput):
        extract_guarded(path, profiles=PROFILES, limits=limits)


def test_only_the_first_pages_are_searched(tmp_path: Path) -> None:
    path = BAD_INPUTS["many_pages"](tmp_path)
    started = time.monotonic()
    result = extract_guarded(path, profiles=PROFILES, limits=ExtractionLimits(max_pages=10))
    assert time.monotonic() - started < 30
    assert result.page_count >= 500


def test_a_hostile_file_costs_only_itself(tmp_path: Path) -> None:
    good = CLEAN_CASES[0].build(tmp_path)
    slow = ExtractionLimits(time_limit_seconds=0.001)
    with GuardedExtractor(profiles=PROFILES, limits=slow) as reader, pytest.raises(HostilePdf):
        reader.extract(good)
    with GuardedExtractor(profiles=PROFILES, limits=ExtractionLimits()) as reader:
        with pytest.raises(RefusedInput):
            reader.extract(BAD_INPUTS["decompression_bomb"](tmp_path))
        assert (
            reader.extract(good).value("validation_code") == CLEAN_CASES[0].expected.validation_code
        )


def test_one_file_read_in_the_command_itself_keeps_the_time_limit(tmp_path: Path) -> None:
    """`ceinbox extract FILE` reads a single file without a worker: its time limit holds."""
    path = BAD_INPUTS["many_pages"](tmp_path)
    config = tmp_path / "config.yaml"
    config.write_text("owner_name: null\nextraction:\n  time_limit_seconds: 0.05\n")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--config", str(config), "extract", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert time.monotonic() - started < 30
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        f"ceinbox: {path}: reading took longer than 0.05 s (hostile or broken PDF?)"
    )
