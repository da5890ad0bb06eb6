"""The worker processes of ``--jobs``: each reads and lints the batches of files :mod:`tjlint.batch` sends.

On Linux the workers are forked while the main process runs a single thread
(cheap: they inherit what is already loaded); elsewhere they start as the
platform starts processes, and build their own settings from ``start``.
What a worker sends back for a file is its content hash (for the results
cache) and its diagnostics as plain tuples (:mod:`tjlint.cache.codec`), which
cost less to send than the objects.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tjlint.read import read_file_bytes, source_of

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from tjlint.batch import Folders

#: What a worker sends back for one file: content hash, encoded diagnostics (or the objects), text kept.
Returned = tuple[bytes | None, Any, str | None]

_WORKER: list[Folders] = []


#: Most worker processes one run starts (Windows cannot wait for more than 61).
MOST = 61


def pool_size(asked: int) -> int:
    """How many workers start when ``asked`` are: at least one, never more than the cores or :data:`MOST`."""
    return max(1, min(asked, os.cpu_count() or 1, MOST))


def start_pool(jobs: int, start: Callable[[], Folders], notes: list[str],
               here: Folders | None = None) -> ProcessPoolExecutor | None:
    """``jobs`` worker processes, or None (and a note) when the system will not start them.

    Forked workers take ``here``, this process's settings and linters (built already); others
    build their own with ``start``. Never more than the machine's cores: more processes than
    cores do not lint faster, and ``--jobs 10000`` must not start ten thousand processes.
    """
    jobs = pool_size(jobs)
    try:
        import multiprocessing  # slow to import: only runs with many files to lint and --jobs get here
        from concurrent.futures import ProcessPoolExecutor  # likewise

        fork = here is not None and _fork_is_safe()
        _WORKER[:] = [here] if here is not None and fork else []  # nothing left from an earlier run
        context = multiprocessing.get_context("fork" if fork else None)
        return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start,
                                   initargs=(None if fork else start,))
    except (OSError, ImportError, ValueError) as exc:
        notes.append(f"--jobs: cannot start worker processes ({exc}); linting in one process")
        return None


def _fork_is_safe() -> bool:
    """Forking copies one thread only: safe on Linux while this process has no other thread."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _worker_start(start: Callable[[], Folders] | None) -> None:
    """In a worker: settings and linters (inherited, or built with ``start``); Ctrl-C is left to the main
    process, which stops the workers."""
    import signal  # in a worker only

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if start is not None:
        _WORKER[:] = [start()]


def lint_batch(work: list[tuple[str, str, str]], keep_sources: bool, hashed: bool) -> list[Returned]:
    """In a worker: read and lint each ``(path, shown, folder)``; the diagnostics encoded when possible."""
    from tjlint.cache import digest  # in a worker, where a check run sent files to lint
    from tjlint.cache.codec import encode  # likewise

    folders = _WORKER[0]
    out: list[Returned] = []
    for path, shown, folder in work:
        linter = folders.linter(folder)
        raw = read_file_bytes(path, linter.settings.limits.max_file_size)
        source = source_of(raw, shown, linter.settings.limits)
        found = linter.lint_source(source)
        encoded = encode(found, shown)
        content = digest(raw) if hashed and isinstance(raw, bytes) else None
        text = source.text if keep_sources and found else None
        out.append((content, encoded if encoded is not None else found, text))
    return out
