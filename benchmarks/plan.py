"""Building a synthetic partnership's plan from vocabularies and a seeded generator.

:func:`build_plan` picks the partnership's priorities, people, partners and
forums, writes each priority's tasks (unique texts, grouped by strand, with
owners written several ways, due dates in the layout's forms, partners and
forum mentions) and then the links between tasks: about ``link_rate``
links per task (Essex has 78 over 212 tasks, 0.37), most to nearby tasks of
the same workstream, ``cross_share`` to another workstream, in the classes
of wording the layout uses (:class:`Traits`), with a few dangling refs and
words that look like refs but are not.

Examples
--------
>>> import random
>>> plan = build_plan(random.Random(0), "Brackenford CSP", {"town": "Brackenford", "county": "Calderwickshire"},
...                   2025, 120, Traits())
>>> len(plan.tasks), len({t.text for t in plan.tasks})
(120, 120)
>>> 0.25 < sum(len(t.links()) for t in plan.tasks) / 120 < 0.5
True
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .dates import due, plan_day
from .model import Cite, Forum, Owner, Person, Plan, Task, Workstream
from .people import PLACEHOLDERS, joint, make_people, post_owners, spell
from .vocab_actions import COMMON, HOW_NARRATIVE, MEASURES, PRIORITIES, STRANDS, WHERE
from .vocab_names import FORUM_PATTERNS, NATIONAL_PARTNERS, ORGANISATIONS, WARDS, fill

__all__ = ["Traits", "build_plan", "GENERIC_KINDS", "ESSEX_KINDS"]

GENERIC_KINDS = (("need", 22), ("use", 14), ("continue", 8), ("wait", 10), ("link", 8), ("reverse", 10),
                 ("bare", 16), ("weak", 2), ("dangling", 3))
ESSEX_KINDS = (("essex", 94), ("dangling", 3))
_STRAND_SHARE = (0.3, 0.25, 0.25, 0.2)
_RAG = (("Green", 40), ("Amber", 25), ("Red", 10), ("Complete", 15), (None, 10))


@dataclass(frozen=True)
class Traits:
    """What a layout's plans are like, as far as building them goes."""

    dates: str = "table"
    kinds: tuple[tuple[str, int], ...] = GENERIC_KINDS
    link_rate: float = 0.41  # asked for; duplicates, dangling and hedged cites leave about 0.37
    cross_share: float = 0.12
    depends_column: bool = True
    initials: str = "all"  # whose initials may be written: "all" listed, only "leads", or "none"
    bracket_jobs: bool = False
    plain_numbers: bool = False  # refs restart at 1 in every workstream
    tasks_per_priority: int = 28
    decoy_rate: float = 0.08


def build_plan(rng: random.Random, name: str, places: dict[str, str], year: int, tasks: int,
               traits: Traits) -> Plan:
    """A partnership's plan of ``tasks`` tasks, written the way ``traits`` say."""
    places = {**places, **dict(zip(("ward", "ward2", "ward3"), rng.sample(WARDS, 3)))}
    k = max(3, min(len(PRIORITIES), round(tasks / traits.tasks_per_priority)))
    priorities = rng.sample(sorted(PRIORITIES), k)
    people = make_people(rng, max(10, 2 * k + 6), places)
    for person, rank, role in zip(people[-2:], ("Supt", "Ch Supt"), ("Partnership Chair", "Local Policing Commander")):
        person.rank, person.org, person.role = rank, f"{places['county']} Police", role  # the chair, the strategic lead
    partners, aliases = _partners(rng, places)
    forums = _forums(rng, places, priorities, people, partners)
    plan = Plan(name, places, year, people, [], forums, partners, aliases, people[-1], people[-2])
    counts = _split(rng, tasks, k)
    posts = post_owners(rng, places, 6)
    for pname, count in zip(priorities, counts):
        lead, deputy = rng.sample(people[:-2], 2)
        boards = [f.name for f in forums if pname in f.covers][:2] or [forums[0].name]
        ws = Workstream(PRIORITIES[pname], lead, deputy, boards)
        plan.workstreams.append(ws)
        _tasks(rng, plan, ws, count, traits, posts)
    _links(rng, plan, traits)
    return plan


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    weights = [0.6 + 0.8 * rng.random() for _ in range(parts)]
    counts = [max(3, int(total * w / sum(weights))) for w in weights]
    counts[0] += total - sum(counts)
    return counts


def _partners(rng: random.Random, places: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    names, aliases = [], {}
    for pattern, _kind, shorts, _covers in ORGANISATIONS:
        names.append(fill(pattern, places))
        aliases.update({fill(s, places): names[-1] for s in shorts if "the " not in s})
    names += sorted(NATIONAL_PARTNERS)
    aliases.update({short: full for full, shorts in NATIONAL_PARTNERS.items() for short in shorts})
    return names, aliases


def _forums(rng: random.Random, places: dict[str, str], priorities: list[str], people: list[Person],
            partners: list[str]) -> list[Forum]:
    forums = []
    for pattern, often, _chair, covers in FORUM_PATTERNS:
        mine = [p for p in priorities if p in covers]
        if "*" in covers or mine:
            chair = rng.choice(people).name
            members = rng.sample(partners[:15], 4)
            forums.append(Forum(fill(pattern, places), chair, often, ["All priorities"] if "*" in covers else mine,
                                members))
    return forums


def _tasks(rng: random.Random, plan: Plan, ws: Workstream, count: int, traits: Traits, posts: list[str]) -> None:
    strands = rng.choices(STRANDS, _STRAND_SHARE, k=count)
    strands.sort(key=STRANDS.index)
    used: set[str] = {t.text.lower() for t in plan.tasks}
    team = [ws.lead, ws.deputy] + rng.sample(plan.people[:-2], 3)
    anchor = plan_day(rng, plan.year)
    for strand in strands:
        text = _action(rng, plan, ws, strand, used)
        owners, cell, spellings = _owners(rng, plan, ws, team, posts, traits)
        day = anchor if traits.dates == "essex" and rng.random() < 0.7 else None
        when = due(rng, traits.dates, plan.year, day)
        start = plan_day(rng, plan.year) - dt.timedelta(days=rng.randrange(30, 200))
        forums = [f.name for f in plan.forums if ws.name in f.covers]
        partners = rng.sample(plan.partners, rng.choice((0, 1, 1, 2, 2, 3)))
        measure = fill(rng.choice(MEASURES), {"n": rng.randrange(3, 60), "d": rng.choice((5, 10, 20))})
        task = Task(ws, strand, text, measure, rng.choice(HOW_NARRATIVE), owners, cell, when, max(start, dt.date(plan.year, 4, 1)),
                    rng.choices(*zip(*_RAG))[0], partners, forums[:1] if forums and rng.random() < 0.3 else [])
        task.spellings = spellings
        _noise(rng, task)
        ws.tasks.append(task)


def _noise(rng: random.Random, task: Task) -> None:
    """What hands add: a slipped letter in a long word (Essex: "Porgressing",
    "analaysis"), a trailing space after an owner ("PW "), a doubled space."""
    if rng.random() < 0.04:
        words = task.text.split(" ")
        long = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
        if long:
            i = rng.choice(long)
            j = rng.randrange(1, len(words[i]) - 2)
            w = words[i]
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            task.text = " ".join(words)
    if task.owner_cell and rng.random() < 0.04:
        task.owner_cell += " "
    if rng.random() < 0.03:
        task.how = task.how.replace(" ", "  ", 1)


def _action(rng: random.Random, plan: Plan, ws: Workstream, strand: str, used: set[str]) -> str:
    """A new action text: an action of the priority and strand, placed somewhere
    when the action asks for a place or its plain form is taken."""
    pool = list(ws.priority.actions[strand]) + list(COMMON[strand])
    for attempt in range(60):
        slots = {**plan.places, "n": rng.choice((3, 4, 5, 6, 10, 12, 15, 20)), "topic": ws.name.lower(),
                 "Topic": ws.name}
        where = fill(rng.choice(WHERE), {**slots, "n": rng.choice((2, 3, 4, 5))})
        pattern = rng.choice(pool)
        if "{where}" not in pattern and (attempt or rng.random() < 0.2):
            pattern += " {where}"
        text = fill(pattern, {**slots, "where": where})
        if attempt >= 40:
            text += f" (phase {attempt - 38})"
        if text.lower() not in used:  # two texts differing only in case are the same task to a reader
            used.add(text.lower())
            return text + "."
    raise RuntimeError("no new action text")  # unreachable: the phased forms are new


def _owners(rng: random.Random, plan: Plan, ws: Workstream, team: list[Person], posts: list[str],
            traits: Traits) -> tuple[list[Owner], str, list[str]]:
    roll = rng.random()
    if roll < 0.03:
        return [], rng.choice(PLACEHOLDERS + ("",)), []
    if roll < 0.18:
        post = rng.choice(posts)
        return [Owner(role=post)], post, [post]
    people = [ws.lead] if roll < 0.55 else [rng.choice(team)]
    if rng.random() < 0.1:
        people.append(rng.choice([p for p in team if p is not people[0]]))
    written = [spell(rng, p, listed=_listed(p, ws, plan, traits), bracket=traits.bracket_jobs) for p in people]
    return [Owner(person=p) for p in people], joint(rng, written) if len(written) > 1 else written[0], written


def _listed(person: Person, ws: Workstream, plan: Plan, traits: Traits) -> bool:
    if traits.initials == "all":
        return True
    return traits.initials == "leads" and person in (ws.lead, ws.deputy)


def _links(rng: random.Random, plan: Plan, traits: Traits) -> None:
    kinds, weights = zip(*traits.kinds)
    citing_share = traits.link_rate / 1.55  # each citing task names 1.55 tasks on average
    seen: set[tuple[int, int]] = set()
    for ws in plan.workstreams:
        for i, task in enumerate(ws.tasks):
            if rng.random() < traits.decoy_rate:
                task.decoys.append("notes")  # worded by the template, which knows its refs
            if rng.random() >= citing_share or len(ws.tasks) < 3:
                continue
            kind = rng.choices(kinds, weights)[0]
            if kind == "bare" and not traits.depends_column:
                kind = "need"
            field = "depends" if kind in ("bare", "weak") and traits.depends_column else "notes"
            if kind == "dangling":
                task.cites.append(Cite(kind, [], field, rng.randrange(99)))
                continue
            if rng.random() < traits.cross_share and len(plan.workstreams) > 1:
                _cross(rng, plan, ws, task, traits, seen)
                continue
            targets = _targets(rng, ws, i, _arity(rng), seen, task, kind == "reverse")
            if targets:
                task.cites.append(Cite(kind, targets, field, rng.randrange(99)))


def _arity(rng: random.Random) -> int:
    return rng.choices((1, 2, 3, 4, 5), (60, 28, 9, 2, 1))[0]


def _targets(rng, ws: Workstream, i: int, n: int, seen: set, task: Task, reverse: bool) -> list[Task]:
    near = [j for j in range(max(0, i - 10), min(len(ws.tasks), i + 6)) if j != i]
    weights = [3 if j < i else 1 for j in near]
    picked: list[Task] = []
    for j in rng.choices(near, weights, k=n):
        other = ws.tasks[j]
        pair = (id(other), id(task)) if reverse else (id(task), id(other))
        if pair not in seen and other not in picked:
            seen.add(pair)
            picked.append(other)
    return picked


def _cross(rng, plan: Plan, ws: Workstream, task: Task, traits: Traits, seen: set) -> None:
    other_ws = rng.choice([w for w in plan.workstreams if w is not ws])
    if not other_ws.tasks:
        return
    target = rng.choice(other_ws.tasks)
    if traits.kinds == ESSEX_KINDS:  # Essex names no task of another plan, only its work
        task.cites.append(Cite("hedged", [target], "notes", rng.randrange(99)))
        return
    if (id(task), id(target)) in seen:
        return
    seen.add((id(task), id(target)))
    kind = "cross" if traits.plain_numbers else rng.choice(("need", "use", "wait", "link"))
    task.cites.append(Cite(kind, [target], "depends" if traits.depends_column and kind == "cross" else "notes",
                           rng.randrange(99)))
