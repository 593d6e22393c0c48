"""A workbook's own colour key: which fill means which RAG status.

A plan that colours cells often says what its colours mean, usually on a
cover or key sheet: a filled cell beside the words for it (Southbay's cover
has A5 filled 00B050 beside B5 "On target"). The key overrides the hue
guess of :func:`loaders.text.colours.rag_from_fill` for exactly the colours
it lists, so a team whose blue means "not started" is read as it means.

Rules
-----
* A **swatch** is a filled cell with no text; its words are the text cells
  right after it in the row (up to two: "Green" | "On track"), or, if none,
  the one before it. A filled cell whose own text names a colour or a RAG
  rating ("Green = on track", "A") is its own label; a bare colour name
  ("Blue") takes its meaning from the words beside it, as a swatch does.
* The words are read with the colour's name taken off ("Blue – not started"
  means not started): by :func:`loaders.text.status.parse_status`, then, if
  only a colour is left, as the colour ("Amber", "Yellow"). Words that say
  nothing about progress make no entry.
* A colour meaning "not started" or "not yet assessed" maps to None: no RAG.
* Where one colour is given two meanings, swatches beat self-labelled cells,
  then the most frequent meaning wins; a tie makes no entry.

Examples
--------
>>> from loaders.workbooks.cells import Sheet
>>> cover = Sheet("Cover", False, {(5, 2): "On target", (6, 2): "Some risk to delivery",
...                                 (7, 1): "Blue", (7, 2): "Not started"}, {},
...               fills={(5, 1): "00B050", (6, 1): "FFC000", (7, 1): "0070C0"})
>>> read_colour_key([cover])
{'00B050': 'green', 'FFC000': 'amber', '0070C0': None}
>>> fill_rag("0070C0", read_colour_key([cover])), fill_rag("92D050", read_colour_key([cover]))
(None, 'green')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..text.colours import rag_from_fill
from ..text.status import parse_rag, parse_status
from .cells import Sheet, coordinate

__all__ = ["KeyEntry", "colour_key_entries", "read_colour_key", "fill_rag"]

_COLOUR_WORDS = {"red": "red", "amber": "amber", "yellow": "amber", "orange": "amber",
                 "green": "green", "blue": "blue"}
_COLOUR_NAME = re.compile(
    r"^\s*(?:(?:light|dark|pale|bright)\s+)?(?P<colour>red|amber|yellow|orange|green|blue|grey|gray|purple|white)"
    r"\b\s*(?:[-–—:=/]+|\bis\b|\bmeans\b)?\s*",
    re.I,
)
_MAX_WORDS = 12  # a key's label is short; a task's text is not a label


@dataclass(frozen=True)
class KeyEntry:
    """One colour of a key: its RGB, the RAG it means (None: no RAG), the
    words read and where."""

    rgb: str
    rag: str | None
    words: str
    sheet: str
    cell: str
    swatch: bool  # an empty filled cell beside its words, not a self-labelled cell


def _meaning(words: str) -> tuple[bool, str | None]:
    """(is a key label, rag): what a key's words say a colour means."""
    if not words or len(words.split()) > _MAX_WORDS:
        return False, None
    named = _COLOUR_NAME.match(words)
    rest = words[named.end():] if named else words
    status = parse_status(rest) if rest.strip() else None
    if status:
        return True, status.rag
    if named and not rest.strip():
        colour = _COLOUR_WORDS.get(named.group("colour").lower())
        return colour is not None, colour
    colour = parse_rag(words, mixed=True)
    return colour is not None, colour


def _words_beside(sheet: Sheet, row: int, col: int) -> str:
    """The text after a swatch in its row (up to two cells), else before it."""
    after = []
    for c in (col + 1, col + 2):
        text = sheet.text(row, c)
        if not text or (row, c) in sheet.fills and c > col + 1:
            break
        after.append(text)
    if after:
        return " – ".join(after)
    return sheet.text(row, col - 1) if col > 1 else ""


def colour_key_entries(sheets: Iterable[Sheet]) -> list[KeyEntry]:
    """Every colour key entry in the workbook, in sheet and cell order."""
    entries = []
    for sheet in sheets:
        for (row, col), rgb in sorted(sheet.fills.items()):
            own = sheet.text(row, col)
            if own:
                named = _COLOUR_NAME.match(own)
                if not (named or parse_rag(own, mixed=True)):
                    continue  # a task's text in a coloured cell is no label
                swatch, words = False, own
                if named and named.end() == len(own):
                    # "Blue" | "Not started": the colour's name, its meaning beside it
                    words = " – ".join(w for w in (own, _words_beside(sheet, row, col)) if w)
            else:
                swatch, words = True, _words_beside(sheet, row, col)
            is_label, rag = _meaning(words)
            if is_label:
                entries.append(KeyEntry(rgb.upper(), rag, words, sheet.name, coordinate(row, col), swatch))
    return entries


def read_colour_key(sheets: Iterable[Sheet]) -> dict[str, str | None]:
    """RGB -> the RAG the workbook's own key gives it (None: no RAG).

    Empty when the workbook has no key. See the module's rules.
    """
    by_colour: dict[str, list[KeyEntry]] = {}
    for entry in colour_key_entries(sheets):
        by_colour.setdefault(entry.rgb, []).append(entry)
    key = {}
    for rgb, entries in by_colour.items():
        best = [e for e in entries if e.swatch] or entries
        counts = Counter(e.rag for e in best).most_common()
        if len(counts) == 1 or counts[0][1] > counts[1][1]:
            key[rgb] = counts[0][0]
    return key


def fill_rag(rgb: object, key: dict[str, str | None] | None = None) -> str | None:
    """The RAG a fill means: the workbook's key where it lists the colour,
    else its hue (:func:`loaders.text.colours.rag_from_fill`)."""
    if isinstance(rgb, str) and key:
        plain = rgb.strip().lstrip("#").upper()[-6:]
        if plain in key:
            return key[plain]
    return rag_from_fill(rgb)
