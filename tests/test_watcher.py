"""The inbox watcher: junk filter, stability tracker (fake clock) and real watchdog runs."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline import stability as stability_module
from pipeline.watcher import InboxWatcher, StabilityTracker, is_candidate

PDF = b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n"


class FakeClock:
    """A monotonic clock moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Collector:
    """A handler recording each path, the size it had when handled and when it was handled."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.paths: list[Path] = []
        self.sizes: dict[Path, int] = {}
        self.times: dict[Path, float] = {}
        self._fail_on = fail_on
        self._cond = threading.Condition()

    def __call__(self, path: Path) -> None:
        with self._cond:
            self.paths.append(path)
            self.sizes[path] = path.stat().st_size
            self.times[path] = time.monotonic()
            self._cond.notify_all()
        if path.name == self._fail_on:
            raise RuntimeError("refused on purpose")

    def wait_for(self, count: int, timeout: float = 3.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self.paths) >= count, timeout)

    def names(self) -> Counter[str]:
        with self._cond:
            return Counter(p.name for p in self.paths)


def assert_no_more(collector: Collector, count: int, within: float = 0.6) -> None:
    """Nothing beyond `count` arrives within a few quiet periods."""
    assert not collector.wait_for(count + 1, timeout=within), collector.names()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return tmp_path / "inbox"


@pytest.fixture
def running() -> Iterator[Callable[..., InboxWatcher]]:
    """Starts watchers and always stops them, so no thread outlives its test."""
    started: list[InboxWatcher] = []

    def start(folder: Path, handle: Callable[[Path], None], **options: object) -> InboxWatcher:
        w = InboxWatcher(folder, handle, **options)  # type: ignore[arg-type]
        w.start()
        started.append(w)
        return w

    yield start
    for w in started:
        w.stop()


# ---------------------------------------------------------------- is_candidate


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cert.pdf", True),
        ("cert.PDF", True),
        ("cert.Pdf", True),
        ("Course – Zertifikat (1).pdf", True),
        ("cert.pdf.crdownload", False),
        ("Unconfirmed 123.crdownload", False),
        ("cert.pdf.part", False),
        ("cert.pdf.download", False),
        ("cert.pdf.tmp", False),
        ("cert.pdf.partial", False),
        (".cert.pdf", False),
        (".pdf", False),
        ("~$cert.pdf", False),
        ("cert.pdf.error.txt", False),
        ("cert.txt", False),
        ("cert", False),
        ("cert.pdfx", False),
    ],
)
def test_is_candidate_by_name(tmp_path: Path, name: str, expected: bool) -> None:
    assert is_candidate(tmp_path / name) is expected  # not there yet: judged by name
    (tmp_path / name).write_bytes(PDF)
    assert is_candidate(tmp_path / name) is expected


def test_is_candidate_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "folder.pdf").mkdir()
    assert not is_candidate(tmp_path / "folder.pdf")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.pdf")
        assert not is_candidate(tmp_path / "pipe.pdf")


# ---------------------------------------------------------------- StabilityTracker


def make_tracker() -> tuple[StabilityTracker, FakeClock]:
    # Steps are multiples of 1/8 s so the fake times add up exactly.
    clock = FakeClock()
    return StabilityTracker(quiet_seconds=0.25, clock=clock), clock


def test_tracker_hands_over_after_the_quiet_period(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    tracker.seen(path)
    clock.advance(0.125)
    assert tracker.ready() == []
    clock.advance(0.125)
    assert tracker.ready() == [path]
    assert tracker.ready() == []


def test_tracker_keeps_arrival_order(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    paths = [tmp_path / f"{name}.pdf" for name in "cab"]
    for path in paths:
        path.write_bytes(PDF)
        tracker.seen(path)
    clock.advance(1)
    assert tracker.ready() == paths


def test_tracker_rearms_when_the_size_changes(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF[:100])
    tracker.seen(path)
    clock.advance(0.125)
    with path.open("ab") as f:
        f.write(PDF[100:])
    tracker.seen(path)
    clock.advance(0.125)
    assert tracker.ready() == []  # 0.125 s since the last change
    clock.advance(0.125)
    assert tracker.ready() == [path]


def test_tracker_notices_a_change_it_was_not_told_about(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF[:100])
    tracker.seen(path)
    with path.open("ab") as f:  # a missed event
        f.write(PDF[100:])
    clock.advance(0.25)
    assert tracker.ready() == []  # re-armed now
    clock.advance(0.25)
    assert tracker.ready() == [path]


def test_tracker_does_not_rearm_an_unchanged_file(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    tracker.seen(path)
    clock.advance(0.125)
    tracker.seen(path)  # a duplicate event or a rescan
    clock.advance(0.125)
    assert tracker.ready() == [path]


def test_tracker_hands_over_an_empty_file_only_after_the_longer_period(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "empty.pdf"
    path.touch()
    tracker.seen(path)
    clock.advance(1.125)
    assert tracker.ready() == []
    clock.advance(0.125)  # 5 x 0.25 s
    assert tracker.ready() == [path]


def test_tracker_holds_an_empty_file_while_its_download_is_in_progress(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "cert.pdf"
    path.touch()
    partial = tmp_path / "cert.pdf.part"
    partial.write_bytes(PDF[:10])
    tracker.seen(path)
    clock.advance(10)
    assert tracker.ready() == []
    partial.unlink()
    clock.advance(1.25)
    assert tracker.ready() == [path]


def test_tracker_forgets_deleted_and_renamed_files(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    gone, moved = tmp_path / "gone.pdf", tmp_path / "moved.pdf"
    for path in (gone, moved):
        path.write_bytes(PDF)
        tracker.seen(path)
    gone.unlink()
    moved.rename(tmp_path / "elsewhere.bin")
    clock.advance(1)
    assert tracker.ready() == []
    gone.write_bytes(PDF)  # back, but nobody said so: forgotten means not tracked
    clock.advance(1)
    assert tracker.ready() == []


def test_tracker_forget(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    tracker.seen(path)
    tracker.forget(path)
    clock.advance(1)
    assert tracker.ready() == []


def test_tracker_does_not_hand_over_twice(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    tracker.seen(path)
    clock.advance(0.25)
    assert tracker.ready() == [path]
    tracker.seen(path)  # a late event, file unchanged
    clock.advance(1)
    assert tracker.ready() == []
    with path.open("ab") as f:  # changed while being handled: waits for done()
        f.write(b"more")
    tracker.seen(path)
    clock.advance(1)
    assert tracker.ready() == []
    tracker.done(path)
    assert tracker.ready() == [path]
    tracker.done(path)
    tracker.seen(path)  # left in place, unchanged: not handed over again
    clock.advance(1)
    assert tracker.ready() == []


def test_tracker_hands_over_again_after_a_rescan(tmp_path: Path) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    tracker.seen(path)
    clock.advance(0.25)
    assert tracker.ready() == [path]
    tracker.rescan([path])  # still in flight: the rescan does not hand it over again
    clock.advance(1)
    assert tracker.ready() == []
    tracker.done(path)
    tracker.rescan([path])
    clock.advance(0.25)
    assert tracker.ready() == [path]


def test_tracker_waits_until_the_file_can_be_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker, clock = make_tracker()
    path = tmp_path / "locked.pdf"
    path.write_bytes(PDF)
    tracker.seen(path)
    monkeypatch.setattr(stability_module, "_can_read", lambda path: False)
    clock.advance(1)
    assert tracker.ready() == []
    monkeypatch.undo()
    assert tracker.ready() == []  # re-armed when the open failed
    clock.advance(0.25)
    assert tracker.ready() == [path]


# ---------------------------------------------------------------- InboxWatcher, real watchdog


def test_dropped_file_is_handled_once_within_a_second(
    inbox: Path, running: Callable[..., InboxWatcher]
) -> None:
    collector = Collector()
    running(inbox, collector)
    path = inbox / "cert.pdf"
    with path.open("wb") as f:
        f.write(PDF)
    closed = time.monotonic()
    assert collector.wait_for(1)
    assert collector.paths == [path]
    assert collector.times[path] - closed < 1.0
    assert_no_more(collector, 1)


def test_slowly_written_file_is_handled_once_when_complete(
    inbox: Path, running: Callable[..., InboxWatcher]
) -> None:
    collector = Collector()
    # quiet 0.5 s against 0.2 s gaps leaves room for a slow CI machine
    running(inbox, collector, quiet_seconds=0.5)
    path = inbox / "slow.pdf"
    chunks = [PDF[i : i + 500] for i in range(0, len(PDF), 500)]
    assert len(chunks) == 5
    with path.open("wb") as f:
        for chunk in chunks:
            f.write(chunk)
            f.flush()
            time.sleep(0.2)
            assert collector.paths == []
    assert collector.wait_for(1)
    assert collector.sizes == {path: len(PDF)}
    assert_no_more(collector, 1)


@pytest.mark.parametrize(("suffix", "placeholder"), [(".crdownload", False), (".part", True)])
def test_partial_download_is_handled_once_as_the_pdf(
    inbox: Path, running: Callable[..., InboxWatcher], suffix: str, placeholder: bool
) -> None:
    collector = Collector()
    running(inbox, collector)
    final = inbox / "cert.pdf"
    if placeholder:  # Firefox: an empty cert.pdf next to cert.pdf.part
        final.touch()
    partial = inbox / f"cert.pdf{suffix}"
    with partial.open("wb") as f:
        for i in range(0, len(PDF), 700):
            f.write(PDF[i : i + 700])
            f.flush()
            time.sleep(0.1)
    partial.replace(final)
    assert collector.wait_for(1)
    assert collector.sizes == {final: len(PDF)}
    assert_no_more(collector, 1)


def test_many_files_at_once_are_each_handled_exactly_once(
    inbox: Path, running: Callable[..., InboxWatcher]
) -> None:
    collector = Collector()
    running(inbox, collector)
    names = {f"cert-{i:03}.pdf" for i in range(200)}
    for name in names:
        (inbox / name).write_bytes(PDF)
    assert collector.wait_for(200, timeout=10)
    assert_no_more(collector, 200)
    assert collector.names() == Counter(names)
    assert set(collector.sizes.values()) == {len(PDF)}


def test_files_already_in_the_inbox_are_handled_at_start(
    inbox: Path, running: Callable[..., InboxWatcher]
) -> None:
    (inbox / "sub").mkdir(parents=True)
    old = [inbox / "a.pdf", inbox / "b.PDF", inbox / "sub" / "c.pdf"]
    for path in old:
        path.write_bytes(PDF)
    (inbox / "a.pdf.error.txt").write_text("junk", encoding="utf-8")
    collector = Collector()
    running(inbox, collector)
    assert collector.wait_for(3)
    assert_no_more(collector, 3)
    assert sorted(collector.paths) == sorted(p.resolve() for p in old)


def test_a_failing_handler_does_not_stop_the_watcher(
    inbox: Path, running: Callable[..., InboxWatcher], caplog: pytest.LogCaptureFixture
) -> None:
    collector = Collector(fail_on="bad.pdf")
    running(inbox, collector)
    with caplog.at_level(logging.ERROR, logger="pipeline.watcher"):
        (inbox / "bad.pdf").write_bytes(PDF)
        assert collector.wait_for(1)
        (inbox / "good.pdf").write_bytes(PDF)
        assert collector.wait_for(2)
    assert [p.name for p in collector.paths] == ["bad.pdf", "good.pdf"]
    assert [r.exc_info is not None and "bad.pdf" in r.getMessage() for r in caplog.records] == [
        True
    ]


def test_files_in_new_subfolders_are_handled(
    inbox: Path, running: Callable[..., InboxWatcher]
) -> None:
    collector = Collector()
    running(inbox, collector)
    nested = inbox / "2024" / "march"
    nested.mkdir(parents=True)
    (nested / "cert.pdf").write_bytes(PDF)
    assert collector.wait_for(1)
    assert collector.paths == [nested / "cert.pdf"]
    assert_no_more(collector, 1)


def test_polling_observer_works(inbox: Path, running: Callable[..., InboxWatcher]) -> None:
    collector = Collector()
    running(inbox, collector, polling=True)
    time.sleep(0.2)  # past the start-up scan, so the observer is what finds the file
    (inbox / "cert.pdf").write_bytes(PDF)
    assert collector.wait_for(1, timeout=5)
    assert collector.paths == [inbox / "cert.pdf"]
    assert_no_more(collector, 1)


def test_rescan_finds_files_the_events_missed(
    inbox: Path, running: Callable[..., InboxWatcher]
) -> None:
    collector = Collector()
    running(inbox, collector, rescan_seconds=0.3)
    path = inbox / "cert.pdf"
    path.write_bytes(PDF)
    # Left in place unchanged, it is handed over again by a later rescan.
    assert collector.wait_for(2, timeout=3)
    assert set(collector.paths) == {path}


def test_stop_is_idempotent_and_leaves_no_thread(inbox: Path) -> None:
    before = set(threading.enumerate())
    collector = Collector()
    with InboxWatcher(inbox, collector) as w:
        assert inbox.is_dir()
        assert len(set(threading.enumerate()) - before) >= 2  # observer + worker
        (inbox / "cert.pdf").write_bytes(PDF)
        assert collector.wait_for(1)
        w.stop()
        w.stop()
    assert set(threading.enumerate()) <= before


def test_run_forever_returns_when_stopped_from_another_thread(inbox: Path) -> None:
    before = set(threading.enumerate())
    inbox.mkdir()
    (inbox / "cert.pdf").write_bytes(PDF)
    collector = Collector()
    w = InboxWatcher(inbox, collector)
    # Not the main thread, so no signal handlers; daemon so a failure cannot hang pytest.
    runner = threading.Thread(target=w.run_forever, daemon=True)
    runner.start()
    try:
        assert collector.wait_for(1)  # so it is running
    finally:
        w.stop()
    runner.join(timeout=3)
    assert not runner.is_alive()
    assert set(threading.enumerate()) <= before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_run_forever_stops_on_sigterm(inbox: Path) -> None:
    before = set(threading.enumerate())
    previous = signal.getsignal(signal.SIGTERM)
    collector = Collector()
    inbox.mkdir()
    (inbox / "cert.pdf").write_bytes(PDF)

    def terminate_once_handled() -> None:
        collector.wait_for(1)
        os.kill(os.getpid(), signal.SIGTERM)

    killer = threading.Thread(target=terminate_once_handled)
    killer.start()
    InboxWatcher(inbox, collector).run_forever()  # returns instead of dying
    killer.join()
    assert collector.names() == Counter({"cert.pdf": 1})
    assert signal.getsignal(signal.SIGTERM) == previous
    assert set(threading.enumerate()) <= before
