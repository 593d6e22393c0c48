"""Weighing whether two readings name the same owner, never merging on a guess.

A verdict is "same" (strong evidence: a caller may merge), "candidate"
(weak evidence: a caller reports it and merges only where something else in
the files settles it) or "different". Each verdict carries its reason, for a
person to check, and its basis, a short code a caller can act on:

========================  =========  ==========================================
basis                     verdict    meaning
========================  =========  ==========================================
``text``                  same       the same text but for case and punctuation
``title``                 same       a role, team or group with the same name
``full-name``             same       the same given and family name
``family``                same       same family name; given name in one only,
                                     ranks the same or in one only
``rank-and-family``       same       same rank and family name, no given names
``stated-initials``       same       initials the other name states ("(JH)")
``same-initials``         same       the same initials
``short-given``           candidate  one given name starts the other ("G",
                                     "Glen"; "Bea", "Beatrice"), ranks agree
``ranks-differ``          candidate  same family name, different ranks, and
                                     not both given names to tell
``family-only``           candidate  same family name, nothing else to tell
``computed-initials``     candidate  initials are the name's first letters,
                                     but the name does not state them
``similar-family``        candidate  family names a letter or two apart
                                     ("Penhalow", "Penhallow")
``acronym``               candidate  one title is the initials of the other
``...``                   different  everything else
========================  =========  ==========================================
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.fuzz import ratio

from .cleaning import as_text, name_key, text_key
from .parsing import OwnerName, parse_owner
from .words import acronym_of, is_acronym

__all__ = ["NameMatch", "compare_owners", "initials_of", "families_alike"]

# Family names at least this alike (rapidfuzz ratio, 0-100) and this long
# may be one name misspelt: "Penhalow" / "Penhallow" (94), never "Harrow" /
# "Barrow" (83) or "Kirby" / "Kerby" (80).
_SIMILAR_FAMILY = 85.0
_SIMILAR_MIN_LEN = 5


@dataclass(frozen=True)
class NameMatch:
    """The verdict on whether two owners are the same.

    Attributes
    ----------
    verdict : str
        "same" (strong evidence: the caller may merge), "candidate" (weak
        evidence: report it, never merge on it alone) or "different".
    reason : str
        The evidence, for a person to check.
    basis : str
        A short code for the evidence (see the module notes).

    Examples
    --------
    >>> compare_owners(parse_owner("DI Kirby"), parse_owner("DI Rob Kirby"))
    NameMatch(verdict='same', reason='same family name (Kirby); given name only in one (Rob); same rank (DI)', basis='family')
    """

    verdict: str
    reason: str
    basis: str = ""


def compare_owners(a: OwnerName, b: OwnerName) -> NameMatch:
    """Weigh whether two owners are the same, never merging on a guess.

    Rules for two persons:

    - same family and given name: "same", whatever the ranks (people are
      promoted);
    - same family name, given name in only one: "same" if the ranks are equal
      or one is missing, else "candidate";
    - same family name, no given names: "same" if both have the same rank,
      else "candidate";
    - given names where one starts the other ("Rob", "Robert"; "J",
      "Jason"): "candidate"; other different given names: "different";
    - initials against a name: "same" if the name states those initials in
      brackets, "candidate" if they are only the name's initials;
    - initials against initials: "same" if equal;
    - family names one or two letters apart ("Penhalow"), where nothing
      else disagrees: "candidate".

    Text that differs only in case, spacing or punctuation is "same". Two
    non-persons of the same kind are "candidate" when one is the acronym of
    the other ("PIU", "Prison Intelligence Unit"). Placeholders are never the
    same as anything. Everything else is "different".

    Parameters
    ----------
    a, b : OwnerName
        Readings from `parse_owner` (text is parsed first).

    Returns
    -------
    NameMatch

    Examples
    --------
    >>> def verdict(x, y):
    ...     return compare_owners(parse_owner(x), parse_owner(y)).verdict
    >>> verdict("C/Supt Ewen Wilson", "Chief Superintendent Ewen Wilson")
    'same'
    >>> verdict("DCI Huddleston", "Rob Huddleston")
    'same'
    >>> verdict("DI Smith", "Supt Smith")
    'candidate'
    >>> verdict("JH", "Jason Hendy (JH)"), verdict("JF", "Jasmine Frost")
    ('same', 'candidate')
    >>> verdict("DI Rob Kirby", "DI Tom Kirby")
    'different'
    >>> verdict("PS Tamsett", "Sergeant Tamsett"), verdict("G Tamsett", "PS Fiona Tamsett")
    ('same', 'different')
    >>> compare_owners("Insp Penhalow", "Insp Gareth Penhallow").basis
    'similar-family'
    """
    a, b = _as_owner(a), _as_owner(b)
    if a.kind == "none" or b.kind == "none":
        return NameMatch("different", "no owner named (blank or placeholder)", "blank")
    if _same_text(a, b):
        return NameMatch("same", "same text apart from case, spacing or punctuation", "text")
    if a.kind != b.kind:
        return NameMatch("different", f"different kinds ({a.kind}, {b.kind})", "kinds")
    if a.kind != "person":
        return _compare_titles(a, b)
    if a.family and b.family:
        return _compare_full_names(a, b)
    return _compare_initials(a, b)


def _same_text(a: OwnerName, b: OwnerName) -> bool:
    # The raw text, not the display: "C/Supt Ewen Wilson" and "Chief
    # Superintendent Ewen Wilson" share a display but the evidence is the name.
    return text_key(a.raw) == text_key(b.raw)


def _compare_titles(a: OwnerName, b: OwnerName) -> NameMatch:
    """Roles, teams or groups: same name once tidied, or an acronym of the other."""
    if text_key(a.display) == text_key(b.display):
        return NameMatch("same", f"same name once tidied ({a.display})", "title")
    for short, long in ((a.display, b.display), (b.display, a.display)):
        if is_acronym(short) and " " not in short and short == acronym_of(long):
            return NameMatch("candidate", f"{short} matches the initial letters of {long}", "acronym")
    return NameMatch("different", "different names", "names")


def _compare_full_names(a: OwnerName, b: OwnerName) -> NameMatch:
    """Two persons with family names: the rules in `compare_owners`."""
    if name_key(a.family) != name_key(b.family):
        return _compare_spellings(a, b)
    if a.initials and b.initials and a.initials != b.initials:
        return NameMatch("different", f"stated initials differ ({a.initials}, {b.initials})", "initials")
    family = f"same family name ({a.family})"
    given_a, given_b = _first_given(a), _first_given(b)
    if given_a and given_b:
        return _compare_given(a, b, given_a, given_b, family)
    ranks = _rank_evidence(a.rank, b.rank)
    if given_a or given_b:
        given = f"given name only in one ({a.given or b.given})"
        if _ranks_agree(a, b):
            return NameMatch("same", f"{family}; {given}; {ranks}", "family")
        return NameMatch("candidate", f"{family}; {given}; {ranks}", "ranks-differ")
    if a.rank and a.rank == b.rank:
        return NameMatch("same", f"same rank and family name ({a.rank} {a.family})", "rank-and-family")
    basis = "ranks-differ" if a.rank and b.rank else "family-only"
    return NameMatch("candidate", f"{family}; no given names; {ranks}", basis)


def _compare_given(a: OwnerName, b: OwnerName, given_a: str, given_b: str, family: str) -> NameMatch:
    if given_a == given_b:
        reason = f"same given and family name ({a.given} {a.family})"
        if a.rank and b.rank and a.rank != b.rank:
            reason += f"; ranks differ ({a.rank}, {b.rank})"
        return NameMatch("same", reason, "full-name")
    if given_a.startswith(given_b) or given_b.startswith(given_a):
        # "Rob"/"Robert", "J"/"Jason": likely, but a guess.
        reason = f"{family}; one given name may shorten the other ({a.given}, {b.given})"
        if _ranks_agree(a, b):
            return NameMatch("candidate", reason, "short-given")
        return NameMatch("candidate", f"{reason}; {_rank_evidence(a.rank, b.rank)}", "ranks-differ")
    return NameMatch("different", f"{family} but different given names ({a.given}, {b.given})", "given")


def _compare_spellings(a: OwnerName, b: OwnerName) -> NameMatch:
    """Different family names: a candidate only where one may be the other misspelt."""
    different = NameMatch("different", f"different family names ({a.family}, {b.family})", "family")
    if not families_alike(name_key(a.family), name_key(b.family)):
        return different
    given_a, given_b = _first_given(a), _first_given(b)
    if given_a and given_b and not (given_a.startswith(given_b) or given_b.startswith(given_a)):
        return different
    if not _ranks_agree(a, b) or (a.initials and b.initials and a.initials != b.initials):
        return different
    return NameMatch("candidate", f"family names alike ({a.family}, {b.family}): perhaps one misspelt",
                     "similar-family")


def families_alike(fa: str, fb: str) -> bool:
    """Whether two folded family names (:func:`name_key`) may be one name
    misspelt: long enough, and a letter or two apart.

    >>> families_alike("penhalow", "penhallow"), families_alike("harrow", "barrow")
    (True, False)
    """
    return min(len(fa), len(fb)) >= _SIMILAR_MIN_LEN and ratio(fa, fb) >= _SIMILAR_FAMILY


def _compare_initials(a: OwnerName, b: OwnerName) -> NameMatch:
    """At least one side is initials only (a person with no family name)."""
    if not a.family and not b.family:
        if a.initials and a.initials == b.initials:
            return NameMatch("same", f"same initials ({a.initials})", "same-initials")
        return NameMatch("different", "different initials", "initials")
    short, full = (a, b) if not a.family else (b, a)
    if not short.initials:
        return NameMatch("different", "nothing to compare", "nothing")
    if full.initials == short.initials:
        return NameMatch("same", f"{full.display} states the initials {short.initials}", "stated-initials")
    if initials_of(full) == short.initials:
        return NameMatch("candidate", f"{short.initials} are the initials of {full.display}, "
                                      "but the name does not state them", "computed-initials")
    return NameMatch("different", f"{short.initials} are not the initials of {full.display}", "initials")


def _ranks_agree(a: OwnerName, b: OwnerName) -> bool:
    return a.rank is None or b.rank is None or a.rank == b.rank


def _rank_evidence(rank_a: str | None, rank_b: str | None) -> str:
    if rank_a and rank_b:
        return f"same rank ({rank_a})" if rank_a == rank_b else f"ranks differ ({rank_a}, {rank_b})"
    if rank_a or rank_b:
        return f"rank only in one ({rank_a or rank_b})"
    return "no ranks"


def initials_of(name: OwnerName) -> str | None:
    """The initials a person's name would be written as.

    Stated initials win ("Jason Hendy (JH)"); otherwise the first letters of
    the first given name and of the family name. Middle names are left out,
    as the plans write two-letter initials.

    Parameters
    ----------
    name : OwnerName
        A reading from `parse_owner` (text is parsed first).

    Returns
    -------
    str or None
        Upper-case initials, or None unless the name has a given and a
        family name.

    Examples
    --------
    >>> initials_of(parse_owner("DCI Jasmine Frost"))
    'JF'
    >>> initials_of(parse_owner("DI Kirby")) is None, initials_of(parse_owner("JF")) is None
    (True, True)
    """
    name = _as_owner(name)
    if name.kind != "person" or not name.given or not name.family:
        return None
    if name.initials:
        return name.initials
    given = name.given.split()[0]
    family = name.family.split()[-1]
    return (given[0] + family[0]).upper()


def _as_owner(value: object) -> OwnerName:
    return value if isinstance(value, OwnerName) else parse_owner(as_text(value))


def _first_given(person: OwnerName) -> str:
    return name_key((person.given or "").split()[0]) if person.given else ""
