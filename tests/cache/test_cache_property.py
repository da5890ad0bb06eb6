"""Property: over random edits, settings and catalogue changes, runs with and without the cache print the same."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cache_helpers import BROKEN, GOOD, specs_catalogue
from cli_helpers import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

FILES = ("training-job-a.yaml", "jobs/training-job-b.yaml", "jobs/training-job-c.json")
BODIES = (
    GOOD, BROKEN, GOOD.replace("spec_id: 1", "spec_id: 2"), GOOD.replace("spec_id: 1", "spec_id: 7"),
    GOOD.replace("app_url: /my-bucket/code/", "app_url: /my-bucket/code"),
    GOOD.replace("app_url: /my-bucket/code/", "app_url: /my-bucket/code  # tjlint: disable=TJ402"),
    "config_name: [unclosed\n", "",
)
JSON_BODIES = (
    '{"config_name": "a", "worker_server_num": 1, "spec_id": 1, "engine_id": 1, "app_url": "/my-bucket/code/",'
    ' "boot_file_url": "/my-bucket/code/t.py", "data_url": "/my-bucket/d/", "train_url": "/my-bucket/o/"}',
    '{"config_name": "a", "spec_id": "1", "spec_id": 2}', "{", "[]",
)
SETTINGS = (
    None, "strict: true\n", "select: [TJ1]\n", "ignore: [TJ4]\n", "severity: {TJ402: error}\n",
    "catalog: [catalog/specs.json]\n", "catalog: [catalog/specs.json]\nselect: [TJ6]\n",
    "kinds: {'jobs/*': job}\n", "per-file-ignores: {'jobs/*': [TJ1]}\n", "limits: {max-depth: 2}\n",
)

edit = st.tuples(st.just("file"), st.integers(0, len(FILES) - 1), st.integers(0, 100))
change_settings = st.tuples(st.just("settings"), st.integers(0, len(SETTINGS) - 1), st.just(0))
change_catalogue = st.tuples(st.just("catalogue"), st.integers(0, 7), st.just(0))
steps = st.lists(st.one_of(edit, change_settings, change_catalogue), min_size=1, max_size=6)


def _apply(root: Path, step: tuple[str, int, int]) -> None:
    what, which, choice = step
    if what == "file":
        name = FILES[which]
        bodies = JSON_BODIES if name.endswith(".json") else BODIES
        (root / name).write_text(bodies[choice % len(bodies)], encoding="utf-8")
    elif what == "settings":
        text = SETTINGS[which]
        if text is None:
            (root / ".tjlint.yaml").unlink(missing_ok=True)
        else:
            (root / ".tjlint.yaml").write_text(text, encoding="utf-8")
    else:  # which: a bit mask of the specs 1, 2 and 7 the catalogue offers
        offered = [spec for bit, spec in enumerate((1, 2, 7)) if which & (1 << bit)]
        (root / "catalog/specs.json").write_text(specs_catalogue(*offered), encoding="utf-8")


@settings(max_examples=40)
@given(steps=steps, fmt=st.sampled_from(["text", "json", "github"]), show_source=st.booleans())
def test_cached_and_uncached_runs_print_the_same(steps: list[tuple[str, int, int]], fmt: str,
                                                 show_source: bool) -> None:
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        (root / "jobs").mkdir()
        (root / "catalog").mkdir()
        _apply(root, ("catalogue", 7, 0))
        for index in range(len(FILES)):
            _apply(root, ("file", index, 0))
        env = {"XDG_CACHE_HOME": str(root / "user-cache"), "NO_COLOR": None, "GITHUB_ACTIONS": None}
        flags = ["--format", fmt, *(["--show-source"] if show_source else []), "."]
        os.chdir(root)
        try:
            assert run_cli(flags, env=env) == run_cli(["--no-cache", *flags], env=env)
            for step in steps:
                _apply(root, step)
                cached = run_cli(flags, env=env)
                assert cached == run_cli(["--no-cache", *flags], env=env), step
                assert run_cli(flags, env=env) == cached  # now read back from the cache
        finally:
            os.chdir(here)
