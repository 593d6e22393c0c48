"""The people of a synthetic partnership, and the many ways plans write them.

A partnership has police officers (with ranks), council and voluntary-sector
staff, and posts or teams that own tasks without a name ("Community Safety
Analyst"). Each person is written several ways across a plan ("Insp Gareth
Penhallow", "Inspector Penhallow", "Insp. G. Penhallow", "Gareth
Penhallow", "GP"); initials only where the plan's files list the person
(a staff sheet, key contacts, a leads table), since nobody could resolve
them otherwise. Every partnership has two people who share a surname, kept
apart by a rank or an initial, and no two people share initials.

Examples
--------
>>> import random
>>> rng = random.Random(7)
>>> people = make_people(rng, 12, {"town": "Brackenford", "county": "Calderwickshire"})
>>> len(people), len({p.initials for p in people})
(12, 12)
>>> surnames = [p.surname for p in people]
>>> any(surnames.count(s) == 2 for s in surnames)
True
>>> p = Person("Gareth", "Penhallow", "Insp", "Police", "Neighbourhood Inspector")
>>> forms = {spell(random.Random(i), p, listed=True) for i in range(200)}
>>> sorted(f for f in forms if "Insp" in f or len(f) == 2)
['GP', 'Insp G Penhallow', 'Insp Gareth Penhallow', 'Insp Penhallow', 'Insp. G. Penhallow', 'Inspector Gareth Penhallow', 'Inspector Penhallow']
>>> joint(random.Random(2), ["SK", "LPSU"])
'SK / LPSU'
"""

from __future__ import annotations

import random

from .model import Person
from .vocab_names import FIRST_NAMES, POLICE_RANKS, RANK_FORMS, ROLES_BY_ORG, SURNAMES

__all__ = ["make_people", "spell", "joint", "post_owners", "PLACEHOLDERS"]

# Initials that plans use for something else (ranks, priorities, common abbreviations).
_NOT_INITIALS = {"PC", "PS", "DI", "DS", "DC", "CI", "CC", "DA", "SV", "NC", "RC", "RS", "HC", "DH", "FS",
                 "IT", "HR", "UK", "QA", "FI", "MP", "GP", "AS", "OR", "IN", "NO", "ON", "TO", "AM", "PM"}
PLACEHOLDERS = ("TBC", "To be confirmed", "Vacant", "TBA")


def make_people(rng: random.Random, count: int, places: dict[str, str]) -> list[Person]:
    """``count`` people with different initials; the first two share a surname
    (one an officer, one not), the rest are officers and staff."""
    people: list[Person] = []
    taken: set[str] = set(_NOT_INITIALS)
    surnames = list(SURNAMES)
    rng.shuffle(surnames)
    while len(people) < count:
        officer = len(people) == 0 or (len(people) > 1 and rng.random() < 0.6)
        surname = people[0].surname if len(people) == 1 else surnames.pop()
        first = rng.choice(FIRST_NAMES)
        if first[0] + surname[0] in taken:
            continue
        taken.add(first[0] + surname[0])
        people.append(_person(rng, first, surname, officer, places))
    return people


def _person(rng: random.Random, first: str, surname: str, officer: bool, places: dict[str, str]) -> Person:
    if officer:
        ranks, weights = zip(*POLICE_RANKS)
        rank = rng.choices(ranks, weights)[0]
        return Person(first, surname, rank, f"{places['county']} Police", rng.choice(ROLES_BY_ORG["police"]))
    kind = rng.choices(("council", "voluntary", "health"), (6, 3, 1))[0]
    org = {"council": f"{places['town']} Borough Council", "voluntary": f"{places['town']} Community Trust",
           "health": f"{places['town']} & {places['county']} NHS Trust"}[kind]
    return Person(first, surname, "", org, rng.choice(ROLES_BY_ORG[kind]))


def spell(rng: random.Random, person: Person, *, listed: bool, bracket: bool = False) -> str:
    """One way a plan writes ``person``; ``listed``: the files list them, so
    initials may be used; ``bracket``: a job in brackets may follow."""
    forms = _forms(person, listed)
    words, weights = zip(*forms)
    text = rng.choices(words, weights)[0]
    if bracket and len(text) > 3 and rng.random() < 0.15:
        text = f"{text} ({person.role})"
    return text


def _forms(p: Person, listed: bool) -> list[tuple[str, int]]:
    f, s = p.first, p.surname
    forms = [(f"{f} {s}", 12), (f"{f[0]} {s}", 4), (f"{f[0]}. {s}", 3)]
    if p.rank:
        variants = RANK_FORMS[p.rank]
        other = variants[1] if len(variants) > 1 else variants[0]
        forms += [(p.name, 30), (f"{other} {f} {s}", 5), (f"{p.rank} {s}", 10), (f"{other} {s}", 5),
                  (f"{p.rank} {f[0]} {s}", 6),
                  (f"{p.rank}. {f[0]}. {s}" if p.rank in ("Insp", "Supt", "Sgt") else f"{p.rank} {f[0]}. {s}", 3)]
    else:
        forms[0] = (f"{f} {s}", 45)
    if listed:
        forms.append((p.initials, 25))
    return forms


def joint(rng: random.Random, names: list[str]) -> str:
    """Joint owners in one cell: "SK / LPSU", "RD/TS", "KM & JP"."""
    if all(len(n) <= 4 for n in names):
        sep = rng.choice((" / ", "/", " & "))
    else:
        sep = rng.choice((" / ", " & ", ", "))
    return sep.join(names)


def post_owners(rng: random.Random, places: dict[str, str], count: int) -> list[str]:
    """Posts and teams that own tasks without a person's name."""
    town = places["town"]
    posts = ["Community Safety Analyst", f"{town} BC ASB Team", f"Licensing ({town} BC)",
             "Youth Justice Service Manager", "Survivor Support Manager", "Intelligence Analyst (CSP)",
             f"{town} Recovery Service", "Domestic Abuse Lead for Safeguarding and Partnerships",
             "Street Safety Coordinator", "Violence Reduction Analyst", "Collision Investigation Unit",
             f"{town} Victim Care Hub", "Head of Early Help and Family Support", "Modern Slavery Coordinator",
             f"{town} BC Comms Team", "Analytical Team"]
    rng.shuffle(posts)
    return posts[:count]
