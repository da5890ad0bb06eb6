"""Every handler is guarded: an exception is logged and answered with nothing, never raised to pygls."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tjlint.lsp.handlers import HANDLERS, guarded


def broken(ls: object, params: object) -> str:
    raise ValueError("a bug")


async def broken_async(ls: object, params: object) -> str:
    raise ValueError("a bug")


def test_a_failing_handler_answers_none_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="tjlint.lsp"):
        assert guarded(broken)(None, None) is None
        assert asyncio.run(guarded(broken_async)(None, None)) is None
    assert [r.message for r in caplog.records] == ["tjlint language server: broken failed",
                                                   "tjlint language server: broken_async failed"]
    assert all(r.exc_info is not None for r in caplog.records)


def test_guarded_handlers_still_ask_pygls_for_the_server_and_stay_coroutines() -> None:
    import inspect

    for _, _, handler in HANDLERS:
        wrapped = guarded(handler)
        assert next(iter(inspect.signature(wrapped).parameters)) == "ls"
        assert asyncio.iscoroutinefunction(wrapped) == asyncio.iscoroutinefunction(handler)
