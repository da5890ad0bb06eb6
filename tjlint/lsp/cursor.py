"""Where the cursor is in a request body, told from the text alone (it need not parse).

A :class:`Cursor` names the mapping that holds the cursor (its path of keys
and item indexes), whether a key or a value is being written there, what is
typed so far, and which keys that mapping already holds. YAML block style is
read line by line from its indentation (:mod:`tjlint.lsp.yamlcursor`); JSON
and one-line YAML flow collections by a tolerant scanner
(:mod:`tjlint.lsp.jsoncursor`); :mod:`tjlint.lsp.where` picks one by format.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cursor:
    """The context of a position in a body.

    ``path`` leads to the mapping (or list) that holds the cursor's node.
    ``key`` is the key whose value is being written, or None when a key is
    being written. ``prefix`` is what is typed so far (without an opening
    quote), from offset ``start`` (at an opening quote if there is one) to
    the cursor; ``end`` is the end of the word there (what a completion
    replaces ends there). ``present`` holds the keys the mapping already has, apart from
    the one being written. ``quote`` is the quote the text uses there, if any.
    """

    path: tuple[str, ...]
    key: str | None
    prefix: str
    start: int
    end: int
    present: frozenset[str] = field(default_factory=frozenset)
    quote: str = ""

    @property
    def pointer_path(self) -> tuple[str, ...]:
        """The path of the node written at the cursor (the key's own path for a value)."""
        return self.path if self.key is None else (*self.path, self.key)
