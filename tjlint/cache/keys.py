"""What a cached result depends on, and the secret key that signs the cache.

A result is reused only when everything that could change it is the same as
when it was stored. Each part of the key, and why it is there:

* **The cache format** (:data:`FORMAT`): an older or newer layout is never read.
* **tjlint's version and its own files** (:func:`environment`): a new release
  changes rules and messages; and while tjlint itself is edited (an editable
  install) the version stays the same, so the size and modification time of
  every module and bundled schema count too.
* **The Python version** (``sys.version``, the implementation's cache tag):
  the cache is written with :mod:`marshal`, whose format follows the
  interpreter, and a different interpreter usually means different installed
  libraries.
* **PyYAML and jsonschema as installed** (their folder, ``__init__`` and
  compiled modules): libyaml's C parser (present or not) and the pure-Python
  one are meant to read alike, but a result never depends on that promise;
  jsonschema explains the failures the compiled check cannot, so its version
  can change a message.
* **The effective settings of the file's folder** (:func:`settings_print`):
  every field of :class:`~tjlint.settings.Settings` that can change what a
  file reports (``select``, ``ignore``, ``severity``, ``limits``, ``kind``,
  ``kinds``, ``per_file_ignores``, ``plugins``, ``catalog``), with flags laid
  over. Left out, because they never change a file's result:
  ``include``/``exclude`` (which files a walk finds), ``strict`` (the exit
  status is worked out from the reported levels on every run),
  ``allow_empty`` and ``cache_dir``.
* **The catalogue's contents**: each file ``catalog`` names is hashed, so a
  newly saved response re-checks every body against it.
* **Named plugins**: the version of the package that offers each entry point,
  and the size and modification time of the module of every plugin rule, so
  a plugin edited in place (an editable install) is seen too. Plugins must
  report from the file and the settings only, as built-in rules do.
* **The file**: its bytes (hashed, never trusted by name, size or time), its
  path as shown (the output prints it, and ``per-file-ignores`` and ``kinds``
  match on it) and its absolute path (globs without a ``/`` match names,
  anchored ones absolute paths). The kind of body follows from these and the
  settings.

Nothing else a rule reads exists: rules see the file's values and text, the
settings and the catalogue, and never the clock, the environment or the
network.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from importlib.machinery import PathFinder
from typing import TYPE_CHECKING, Any

from tjlint import __version__

try:  # the C module behind hashlib.blake2b: hashlib itself loads OpenSSL, 10 times slower to import
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from tjlint.rules.base import RuleSet
    from tjlint.settings import Settings

#: The layout of a cache file; raise it when :mod:`tjlint.cache.pack` or the codec change.
FORMAT = 1
#: Settings that decide which files are linted, or how the run ends, never what a file reports.
NOT_IN_RESULTS = frozenset({"include", "exclude", "strict", "allow_empty", "cache_dir"})
KEY_SIZE = 32
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def digest(data: bytes) -> bytes:
    """A 16-byte hash of ``data`` (no secret: contents and settings are compared by it)."""
    return blake2b(data, digest_size=16).digest()


def signature(key: bytes, data: bytes) -> bytes:
    """A 32-byte MAC of ``data`` under ``key`` (BLAKE2b in keyed mode, as strong as HMAC)."""
    return blake2b(data, digest_size=32, key=key, person=b"tjlint-cache").digest()


def read_regular(path: str, limit: int) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes, not reached by a link.

    Never blocks (a FIFO planted under the name is refused) and never follows a
    symbolic link at the last step. None when absent or refused.
    """
    try:
        handle = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _BINARY)
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks = []
        left = info.st_size + 1
        while left > 0:
            chunk = os.read(handle, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(handle)


def key_file() -> str:
    """Where the key lives: ``$XDG_CACHE_HOME/tjlint/key``, else ``~/.cache/tjlint/key``.

    Outside every repository: a cache committed to, or planted in, a
    repository was signed with another key (or none) and is never read.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG rule: a relative value is ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tjlint", "key")


def user_key() -> bytes | str:
    """The key that signs this user's caches, made on first use (mode 0600), or why there is none.

    Processes that start at once agree on one key: each writes its own, and
    the first to link it in place wins.
    """
    path = key_file()
    key = read_regular(path, KEY_SIZE)
    if key is not None and len(key) == KEY_SIZE:
        return key
    temporary = f"{path}.{os.getpid()}.{os.urandom(4).hex()}"
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
        try:
            os.write(handle, os.urandom(KEY_SIZE))
        finally:
            os.close(handle)
        try:
            if key is not None or not hasattr(os, "link"):  # a damaged key is replaced
                os.replace(temporary, path)
            else:
                os.link(temporary, path)
        except FileExistsError:
            pass  # another process made it first: use that one
    except OSError as exc:
        return f"cannot create the key '{path}': {exc.strerror or exc}"
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)
    key = read_regular(path, KEY_SIZE)
    if key is None or len(key) != KEY_SIZE:
        return f"cannot read the key '{path}'"
    return key


def _stamps(folder: str, suffixes: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """``(name, size, mtime)`` of the files under ``folder`` whose names end with ``suffixes``."""
    found: list[tuple[str, int, int]] = []
    pending = [folder]
    while pending:
        here = pending.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:
            continue
        for entry in entries:
            if entry.name == "__pycache__":
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif entry.name.endswith(suffixes):
                try:
                    info = entry.stat()
                except OSError:
                    continue
                found.append((os.path.relpath(entry.path, folder), info.st_size, info.st_mtime_ns))
    return sorted(found)


def _library(name: str) -> tuple[Any, ...]:
    """What tells one installation of the library ``name`` from another, without importing it."""
    spec = PathFinder.find_spec(name)
    if spec is None or not spec.origin or not spec.submodule_search_locations:
        return (name, None)
    folder = os.path.dirname(spec.origin)
    try:
        info = os.stat(spec.origin)
        compiled = sorted(n for n in os.listdir(folder) if n.endswith((".so", ".pyd")))
        return (name, folder, os.stat(folder).st_mtime_ns, info.st_size, info.st_mtime_ns, compiled)
    except OSError:
        return (name, None)


def environment() -> bytes:
    """The hash of everything outside the settings and the file that a result depends on (see above)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts: list[Any] = [FORMAT, __version__, sys.version, sys.implementation.cache_tag,
                        _stamps(package, (".py", ".json"))]
    schemas = os.path.join(os.path.dirname(package), "schemas")  # an editable install ships these as tjlint.schemas
    if os.path.isdir(schemas):
        parts.append(_stamps(schemas, (".json",)))
    parts.extend(_library(name) for name in ("yaml", "jsonschema", "referencing"))
    return digest(repr(parts).encode())


def _file_print(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return digest(handle.read())
    except OSError:
        return None


def settings_print(settings: Settings, ruleset: RuleSet | None = None) -> bytes | None:
    """The hash of what in ``settings`` can change a result (see above); None: not cacheable.

    ``ruleset`` is the rule set the settings ask for, needed only when they
    name plugins.
    """
    parts: list[Any] = [(name, getattr(settings, name)) for name in settings._fields if name not in NOT_IN_RESULTS]
    for path in settings.catalog:
        contents = _file_print(path)
        if contents is None:
            return None
        parts.append((path, contents))
    if settings.plugins:
        if ruleset is None:
            return None
        parts.append(plugin_print(settings.plugins, ruleset.rules))
    return digest(repr(parts).encode())


def plugin_print(names: Iterable[str], rules: Iterable[Any]) -> tuple[Any, ...]:
    """The versions of the packages behind the plugins ``names``, and the stamps of their rules' modules."""
    from importlib.metadata import entry_points  # slow to import: only runs that name plugins get here

    from tjlint.plugins import GROUP  # loads the rules: only runs that name plugins get here

    offered = {ep.name: ep for ep in entry_points(group=GROUP)}
    versions = []
    files = set()
    for name in names:
        ep = offered.get(name)
        dist = getattr(ep, "dist", None)
        versions.append((name, ep.value if ep else None, getattr(dist, "name", None), getattr(dist, "version", None)))
        where = getattr(sys.modules.get(ep.module) if ep else None, "__file__", None)
        if where:
            files.add(where)
    for rule in rules:
        module = sys.modules.get(getattr(rule.check, "__module__", "") or "")
        where = getattr(module, "__file__", None)
        if where and not getattr(module, "__name__", "").startswith("tjlint."):
            files.add(where)
    stamps = []
    for where in sorted(files):
        try:
            info = os.stat(where)
            stamps.append((where, info.st_size, info.st_mtime_ns))
        except OSError:
            stamps.append((where, -1, -1))
    return (tuple(versions), tuple(stamps))
