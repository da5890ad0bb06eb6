"""Run commands for the benchmark and report each one's CPU time, wall time and peak memory.

Reads one JSON line ``{"argv": [...], "cwd": "..."}`` per command on stdin and
answers one JSON line ``[cpu_seconds, wall_seconds, max_rss_kib, status]``.
It is a separate, small process on purpose: Linux counts the memory of the
process that starts a child in the child's ``ru_maxrss``, so the process that
measures must stay smaller than anything it measures (run it with ``python -S``).
"""

import json
import os
import sys
import time


def run(argv: list[str], cwd: str) -> list[float]:
    """Fork, exec ``argv`` in ``cwd`` with output thrown away, and wait for it."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.chdir(cwd)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return [cpu, wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status)]


for line in sys.stdin:
    request = json.loads(line)
    print(json.dumps(run(request["argv"], request["cwd"])), flush=True)
