"""Background lints: debounced, one at a time per document, and never a stale result over a newer one."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from tjlint.lsp.documents import Scheduler, Snapshot

WAIT = 30.0  # a safety net against a hang, never a timing assertion


class Recorder:
    """An analysis that upper-cases the text; texts in ``hold`` wait until ``gate`` opens."""

    def __init__(self, hold: tuple[str, ...] = ()) -> None:
        self.hold = hold
        self.gate = threading.Event()
        self.started: list[str] = []
        self.published: list[tuple[int | None, str]] = []

    def analyse(self, snapshot: Snapshot) -> str:
        self.started.append(snapshot.text)
        if snapshot.text in self.hold:
            self.gate.wait(WAIT)
        if snapshot.text == "boom":
            raise RuntimeError("a failing analysis")
        return snapshot.text.upper()

    def publish(self, snapshot: Snapshot, result: str) -> None:
        self.published.append((snapshot.version, result))


async def until(condition: Callable[[], bool]) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), WAIT)


def scheduler(recorder: Recorder, delay: float = 0.0) -> Scheduler[str]:
    return Scheduler(asyncio.get_running_loop(), ThreadPoolExecutor(1), recorder.analyse, recorder.publish, delay)


@pytest.mark.asyncio
async def test_texts_that_arrive_during_a_lint_are_linted_after_it_and_only_the_newest_is_published() -> None:
    recorder = Recorder(hold=("v1",))
    lints = scheduler(recorder)
    lints.update(Snapshot("u", 1, "v1"))
    await until(lambda: recorder.started == ["v1"])
    lints.update(Snapshot("u", 2, "v2"))
    newest = Snapshot("u", 3, "v3")
    lints.update(newest)
    recorder.gate.set()
    await until(lambda: bool(recorder.published))
    await until(lambda: lints.fresh("u") is not None)
    assert recorder.published == [(3, "V3")]
    assert recorder.started == ["v1", "v3"]
    assert lints.fresh("u") == "V3"


@pytest.mark.asyncio
async def test_changes_within_the_quiet_time_are_linted_once() -> None:
    recorder = Recorder()
    lints = scheduler(recorder, delay=0.05)
    for version in range(1, 6):
        lints.update(Snapshot("u", version, f"v{version}"))
    await until(lambda: bool(recorder.published))
    assert recorder.started == ["v5"]
    assert recorder.published == [(5, "V5")]


@pytest.mark.asyncio
async def test_a_document_closed_during_its_lint_is_not_published() -> None:
    recorder = Recorder(hold=("v1",))
    lints = scheduler(recorder)
    lints.update(Snapshot("u", 1, "v1"))
    await until(lambda: recorder.started == ["v1"])
    lints.close("u")
    recorder.gate.set()
    lints.update(Snapshot("other", 1, "w"))
    await until(lambda: bool(recorder.published))
    assert recorder.published == [(1, "W")]
    assert lints.fresh("u") is None


@pytest.mark.asyncio
async def test_a_failing_analysis_is_not_published_and_the_next_text_is() -> None:
    recorder = Recorder()
    lints = scheduler(recorder)
    lints.update(Snapshot("u", 1, "boom"))
    await until(lambda: recorder.started == ["boom"])
    lints.update(Snapshot("u", 2, "fine"))
    await until(lambda: bool(recorder.published))
    assert recorder.published == [(2, "FINE")]


@pytest.mark.asyncio
async def test_current_lints_the_newest_text_when_its_result_is_not_ready() -> None:
    recorder = Recorder()
    lints = scheduler(recorder, delay=60.0)  # the background lint would come much later
    lints.update(Snapshot("u", 1, "now"))
    assert await lints.current("u") == "NOW"
    assert lints.fresh("u") == "NOW"
    assert await lints.current("not-open") is None
