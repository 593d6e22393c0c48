"""A network as one standalone HTML page (the template ``page.html``) that
needs no internet and runs nothing a spreadsheet's text could smuggle in.

- **Offline.** Police networks are closed: pyvis links Bootstrap (and,
  unless told otherwise, vis-network) from a CDN. Our page carries
  vis-network's script and style inline (the copy pyvis ships), and a
  Content-Security-Policy that lets the page fetch nothing at all.
- **Safe.** Node and link data go into the page as JSON with ``<``, ``>``
  and ``&`` escaped, so no text can close the script; vis-network draws
  labels on a canvas and shows string tooltips as text; the click panel is
  filled with ``textContent``; and the policy runs only the page's own two
  scripts (by nonce), never an ``onerror=`` someone typed.

Examples
--------
>>> from pyvis.network import Network
>>> net = Network(directed=True, cdn_resources="in_line")
>>> net.add_node("W#1", label="<img src=x onerror=alert(1)>")
>>> page = to_html(net, title="A <b>map</b>")
>>> "<img" in page, "\\\\u003cimg src=x" in page, "A &lt;b&gt;map&lt;/b&gt;" in page
(False, True, True)
>>> remote_resources(page)
[]
"""

from __future__ import annotations

import json
import re
import secrets
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from pyvis.network import Network

__all__ = ["to_html", "remote_resources"]

_ENV = Environment(autoescape=True)


@cache
def _template():
    return _ENV.from_string((resources.files(__package__) / "page.html").read_text(encoding="utf-8"))


def _json(value: Any) -> str:
    """JSON safe inside a <script>: no text can close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


@cache
def _vis() -> tuple[str, str]:
    # The copy of vis-network that pyvis ships, so nothing is fetched.
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    # A source map would be fetched by a browser's developer tools: drop it.
    js = re.sub(r"//# sourceMappingURL=\S*\s*$", "", js)
    return js, (lib / "vis-network.css").read_text(encoding="utf-8")


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v is not None}


_HINT = "Click a task or a link to see its details. Drag to move, scroll to zoom."
_KINDS = ("fill", "border", "line", "dashed", "dot")


def to_html(net: Network, *, title: str = "", show_title: bool = False) -> str:
    """The network as one standalone HTML page: vis-network inline, every
    spreadsheet text escaped. A network may carry ``legend`` (kind, words,
    colour) items, a ``hint``, a ``focus`` node to zoom to when the whole
    network would be too small to read, and ``findable`` (a find box)."""
    nodes, edges, _heading, height, _width, options = net.get_network_data()
    js, css = _vis()
    legend = [(kind, words, colour) for kind, words, colour in getattr(net, "legend", [])
              if kind in _KINDS and re.fullmatch(r"#[0-9a-fA-F]{6}", colour)]  # ours, but a style must be checked
    view = {"focus": getattr(net, "focus", None), "min_font_px": 12}
    return _template().render(
        title=title, title_shown=show_title, height=height, nonce=secrets.token_urlsafe(16),
        vis_js=Markup(js), vis_css=Markup(css),
        nodes=Markup(_json([_clean(n) for n in nodes])), edges=Markup(_json([_clean(e) for e in edges])),
        options=Markup(_json(json.loads(options))), legend=legend, hint=getattr(net, "hint", _HINT),
        findable=bool(getattr(net, "findable", False)), view=Markup(_json(view)),
    )


_RESOURCE = re.compile(r"""<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*?"""
                       r"""\b(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//"""
                       r"""|url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:https?:)?//""", re.IGNORECASE)


def remote_resources(page: str) -> list[str]:
    """Every place in ``page`` that would fetch something from another
    host: script/link/img sources, CSS url() and @import. [] is offline.

    Examples
    --------
    >>> remote_resources('<script src="https://cdn.example/vis.js"></script><p>https://gov.uk</p>')
    ['<script src="https://']
    """
    return [m.group(0) for m in _RESOURCE.finditer(page)]
