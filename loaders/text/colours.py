"""A cell's fill colour read as a RAG status.

Many plans colour a cell instead of writing a status: green is on track,
amber (or yellow, or orange) at risk, red off track, and blue finished. The
shades differ from team to team (Excel's "Green" 00B050 and "Light Green"
92D050, conditional formatting's pale C6EFCE), so :func:`rag_from_fill`
reads a colour by its hue, how coloured it is and how dark, never by a list
of codes. Where a workbook carries its own colour key, that key wins for the
colours it lists (:mod:`loaders.workbooks.colour_key`).

Rules
-----
A fill is RGB hex, "00B050" (an ARGB "FF00B050" or a leading "#" is fine).
*Chroma* is how far the colour is from grey (0 grey .. 1 pure), *value* how
bright its brightest channel is (0 black .. 1 full).

=========================================  ========  ===========================
fill                                       rag       examples
=========================================  ========  ===========================
chroma below 0.12: white, greys, the       None      FFFFFF, D9D9D9, E2EFDA,
palest tints                                         DDEBF7
value below 0.5: black, very dark          None      000000, 1F4E78 (a navy
header colours                                       header), 002060
hue 340°-15°                               red       FF0000, C00000, FFC7CE
hue 15°-70°: orange, amber, yellow         amber     FFC000, FFFF00, FFEB9C,
                                                     F4B084
hue 70°-165°                               green     00B050, 92D050, C6EFCE
hue 185°-255°                              blue      0070C0, 00B0F0, 9BC2E6
hue 165°-185° (teal), 255°-340°            None      7030A0 purple, FF66FF pink
(purple, pink)
=========================================  ========  ===========================

Examples
--------
>>> [rag_from_fill(c) for c in ["00B050", "FFC000", "FF0000", "0070C0", "1F4E78", "FFFFFF"]]
['green', 'amber', 'red', 'blue', None, None]
"""

from __future__ import annotations

import colorsys
import re

__all__ = ["rag_from_fill", "RAG_HUES"]

# (first hue, last hue, rag), in degrees; red wraps round 0.
RAG_HUES = ((340, 360, "red"), (0, 15, "red"), (15, 70, "amber"), (70, 165, "green"), (185, 255, "blue"))

_MIN_CHROMA = 0.12  # below this a fill is grey or white
_MIN_VALUE = 0.5  # below this a fill is too dark to be a status

_HEX = re.compile(r"^\s*#?(?:[0-9A-Fa-f]{2})?(?P<rgb>[0-9A-Fa-f]{6})\s*$")


def rag_from_fill(rgb: object) -> str | None:
    """The RAG status a solid fill colour means, or None.

    Never raises: anything that is not a hex colour is None.

    Examples
    --------
    >>> [rag_from_fill(c) for c in ["92D050", "C6EFCE", "FFEB9C", "FFC7CE", "9BC2E6", "FF00B050", "#c00000"]]
    ['green', 'green', 'amber', 'red', 'blue', 'green', 'red']
    >>> [rag_from_fill(c) for c in ["D9D9D9", "000000", "7030A0", "not a colour", None]]
    [None, None, None, None, None]
    """
    if not isinstance(rgb, str):
        return None
    m = _HEX.match(rgb)
    if not m:
        return None
    red, green, blue = (int(m.group("rgb")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, saturation, value = colorsys.rgb_to_hsv(red, green, blue)
    if saturation * value < _MIN_CHROMA or value < _MIN_VALUE:
        return None
    degrees = hue * 360
    return next((rag for first, last, rag in RAG_HUES if first <= degrees < last), None)
