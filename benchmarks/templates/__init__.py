"""The layouts a synthetic partnership's plan is written in.

Each template numbers the tasks its way (a :class:`benchmarks.refs.Scheme`),
says how its plans are built (:class:`benchmarks.plan.Traits`: date forms,
link wordings, whose initials appear) and writes the files. They are
modelled on the layouts the loaders read: ``essex`` (the bundled Essex
plans), ``strands`` (a sheet per 4P strand with a priority column, as
Southbay), ``document`` (label/value blocks, as Eastvale), ``project`` (a
project tool's outline export, xlsx and CSV, as Northgate), ``tabular`` (a
sheet per priority under a title block with a two-row header, as Westmere)
and ``register`` (one Excel Table with a priority column and a forum grid,
as Kelderby).

Examples
--------
>>> [t.name for t in TEMPLATES]
['essex', 'strands', 'document', 'project', 'tabular', 'register']
"""

from __future__ import annotations

from pathlib import Path

from ..model import Plan
from ..plan import Traits
from ..refs import Scheme

__all__ = ["Template", "TEMPLATES", "by_name"]


class Template:
    """A layout: its name, traits and ref scheme, and how it writes a plan."""

    name = ""
    traits = Traits()
    scheme: Scheme = Scheme()

    def write(self, plan: Plan, folder: Path) -> list[Path]:
        raise NotImplementedError


from .essex import Essex  # noqa: E402  (the templates need Template first)
from .strands import Strands  # noqa: E402
from .document import Document  # noqa: E402
from .project import Project  # noqa: E402
from .tabular import Tabular  # noqa: E402
from .register import Register  # noqa: E402

TEMPLATES: tuple[Template, ...] = (Essex(), Strands(), Document(), Project(), Tabular(), Register())


def by_name(name: str) -> Template:
    for template in TEMPLATES:
        if template.name == name:
            return template
    raise KeyError(f"no template {name!r}; there are {', '.join(t.name for t in TEMPLATES)}")
