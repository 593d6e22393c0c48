"""Which owners a name could be, so that it is weighed against those alone.

Placing a name weighs it against every name of every owner found so far
(:mod:`.grouping`). A load of many tasks has many spellings, and weighing
each against all the others grows with their square, yet most pairs differ
on sight, by the first thing :func:`~loaders.text.owner_names.compare_owners`
reads: a person and a team, two family names that are not alike, initials
that are neither's. So each owner is indexed by the keys on which a name
could fit it, and a name is weighed only against the owners that share one
of its keys:

* a role, team or group: its name once tidied (only the same name fits);
* a person: the text as written (case and punctuation aside), the family
  name (and family names a letter or two apart, which may be misspelt), and
  initials, stated ("Gareth Penhallow (GP)") or of the name ("GP").

Two names with no key in common are "different" by every rule of
``compare_owners``: the index leaves out only owners the weighing would
have turned away. Codes a list states ("LIC" for Licensing) are indexed too.

Examples
--------
>>> from loaders.text.owner_names import parse_owner
>>> index = Candidates()
>>> index.note(0, [parse_owner("Insp Gareth Penhallow")])
>>> index.note(1, [parse_owner("Licensing Team")])
>>> [sorted(index.of(parse_owner(n))) for n in ("Insp Penhalow", "GP", "licensing team", "DS Kovac")]
[[0], [0], [1], []]
"""

from __future__ import annotations

from typing import Iterable

from ...text.owner_names import OwnerName, initials_of
from ...text.owner_names.cleaning import name_key, text_key
from ...text.owner_names.comparing import families_alike
from .spellings import owner_key

__all__ = ["Candidates", "name_keys"]


def name_keys(name: OwnerName) -> set[tuple[str, str]]:
    """The keys on which another name could fit this one.

    >>> from loaders.text.owner_names import parse_owner
    >>> sorted(name_keys(parse_owner("DCI Jasmine Frost (JF)")))
    [('family', 'frost'), ('initials', 'JF'), ('text', 'dci jasmine frost jf')]
    """
    if name.kind != "person":
        return {("title", owner_key(name))}
    keys = {("text", text_key(name.raw))}
    if name.family:
        keys.add(("family", name_key(name.family)))
    for letters in (name.initials, initials_of(name)):
        if letters:
            keys.add(("initials", letters))
    return keys


class Candidates:
    """Owners (by their place in the list of owners) under the keys of their names."""

    def __init__(self) -> None:
        self._owners: dict[tuple[str, str], set[int]] = {}
        self._families: list[str] = []  # every family name indexed, in order
        # A family name's alike names among the first n indexed: (n, names). Each
        # pair of family names is weighed once, however many times it is asked.
        self._alike: dict[str, tuple[int, set[str]]] = {}

    def note(self, owner: int, names: Iterable[OwnerName], codes: Iterable[str] = ()) -> None:
        """Index names (and stated codes) an owner has gained."""
        for name in names:
            for key in name_keys(name):
                if key[0] == "family" and key not in self._owners:
                    self._families.append(key[1])
                self._owners.setdefault(key, set()).add(owner)
        for code in codes:
            self._owners.setdefault(("code", code), set()).add(owner)

    def of(self, name: OwnerName) -> set[int]:
        """The owners ``name`` could be: those sharing a key with it."""
        keys = name_keys(name)
        family = name_key(name.family) if name.kind == "person" and name.family else ""
        if family:
            keys |= {("family", other) for other in self._alike_to(family)}
        return set().union(*(self._owners.get(key, ()) for key in keys))

    def _alike_to(self, family: str) -> set[str]:
        """The indexed family names ``family`` may be a misspelling of."""
        weighed, alike = self._alike.get(family, (0, set()))
        alike |= {other for other in self._families[weighed:] if families_alike(family, other)}
        self._alike[family] = (len(self._families), alike)
        return alike

    def coded(self, code: str) -> set[int]:
        """The owners a list or bracket states ``code`` for."""
        return set(self._owners.get(("code", code), ()))

    def with_initials(self, letters: str) -> set[int]:
        """The owners with a name stated or read as having these initials."""
        return set(self._owners.get(("initials", letters), ()))
