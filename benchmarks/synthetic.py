"""Realistic synthetic partnerships' plans, to measure plangraph at scale.

``generate(folder, size=..., seed=...)`` writes one sub-folder per
partnership, named after it, holding its plan files in one of the layouts
the loaders read (rotated over partnerships: Essex, a sheet per strand, a
document, a project export, a sheet per priority, an Excel Table), and
returns what it wrote. Sizes:

=====  =============  =====================  ==============================
size   partnerships   tasks                  what it stands for
=====  =============  =====================  ==============================
x1     1              ~250                   one partnership (Essex: 212)
x10    4              ~2,500                 a county's partnerships
x100   32             ~25,000                a region or the country
=====  =============  =====================  ==============================

Everything is drawn from vocabularies (:mod:`benchmarks.vocab_actions`,
:mod:`benchmarks.vocab_names`) by a generator seeded from ``seed`` and the
partnership's place in the list, so the same seed writes byte-identical
files, and a partnership keeps its name and layout at every size.

Examples
--------
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     [p] = generate(tmp, size="x1", seed=0)
...     (p.template, 240 <= p.tasks <= 260, p.links > 60, len(p.files) > 2, p.folder.name == p.name)
('essex', True, True, True, True)
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from .model import Plan
from .plan import build_plan
from .templates import TEMPLATES, Template, by_name
from .vocab_names import place_names

__all__ = ["SIZES", "Partnership", "generate", "write_partnership"]

# size -> (partnerships, tasks in all)
SIZES = {"x1": (1, 250), "x10": (4, 2_500), "x100": (32, 25_000)}
_NAMES = ("{town} Community Safety Partnership", "Safer {town} Partnership", "{town} Safer Communities Partnership",
          "{town} CSP")


@dataclass(frozen=True)
class Partnership:
    """What was written for one partnership, and what its cells mean."""

    name: str
    template: str
    folder: Path
    files: tuple[Path, ...]
    tasks: int
    links: int  # links the cells mean, each (depends, depended on) pair once; hedged ones left out
    hedged_links: int  # "may be linked to work in X area": a load marks these inferred
    dangling: int  # cites of refs no task has
    owners: int  # distinct owners of tasks (people, posts and teams)
    forums: tuple[str, ...]
    partners: tuple[str, ...]
    plan: Plan = field(repr=False, compare=False)


def generate(folder: Path | str, *, size: str = "x1", seed: int = 0) -> list[Partnership]:
    """Write ``size``'s partnerships into ``folder`` (one sub-folder each)."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}, not {size!r}")
    count, total = SIZES[size]
    towns = place_names(random.Random(f"places:{seed}"), 2 * count)
    written = []
    for i in range(count):
        template = TEMPLATES[i % len(TEMPLATES)]
        places = {"town": towns[2 * i], "county": towns[2 * i + 1] + "shire"}
        tasks = total // count + (1 if i < total % count else 0)
        written.append(write_partnership(folder, template, places=places, tasks=tasks, seed=seed, index=i))
    return written


def write_partnership(folder: Path | str, template: Template | str, *, places: dict[str, str], tasks: int,
                      seed: int = 0, index: int = 0, year: int = 2025) -> Partnership:
    """One partnership's plan of ``tasks`` tasks in ``template``'s layout,
    written into ``folder/<its name>``."""
    template = by_name(template) if isinstance(template, str) else template
    rng = random.Random(f"{seed}:{index}:{template.name}")
    name = rng.choice(_NAMES).format(**places)
    plan = build_plan(rng, name, places, year, tasks, template.traits)
    template.scheme.assign(plan)
    out = Path(folder) / name
    out.mkdir(parents=True, exist_ok=True)
    files = tuple(template.write(plan, out))
    pairs = {(id(a), id(b)) for t in plan.tasks for a, b in t.links()}
    cites = [c for t in plan.tasks for c in t.cites]
    owners = {o.key for t in plan.tasks for o in t.owners}
    return Partnership(name, template.name, out, files, len(plan.tasks), len(pairs),
                       sum(len(c.targets) for c in cites if c.kind == "hedged"),
                       sum(1 for c in cites if c.kind == "dangling"), len(owners),
                       tuple(f.name for f in plan.forums), tuple(plan.partners), plan)
