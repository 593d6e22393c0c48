"""Reading the owners named in "Who" cells, leads sheets and lists of people.

A "Who" cell names one owner or several ("SK / LPSU"), as initials ("JF"),
a ranked name ("C/Supt Ewen Wilson"), a plain name ("Jason Hendy"), a unit
("LPSU"), a role ("LPP Inspector") or a group ("DCIs"). This package splits
a cell into owners (`splitting`), reads each one (`parsing`), and weighs
whether two readings name the same person (`comparing`), in the words of
`vocabulary`. They are pure text functions: no I/O, and they never raise,
whatever they are given.

Kinds
-----
``person``
    initials ("JF"), a rank followed by a name ("DI Kirby"), or two to four
    capitalised words that are not policing vocabulary ("Jason Hendy").
``role``
    a post rather than a person: a title whose head word is a role noun
    (Lead, Manager, Officer, Co-ordinator, Head, ...), a role acronym (LRO,
    SIO, SPOC) or a rank with no name ("Divisional Supt.", "LPP Inspector").
``team``
    a unit: all-capital acronyms ("SCD OCGMU"), a head word such as Unit,
    Team, Command, Centre, Hub or Ltd, an operation ("Op Juno"), and, as the
    fallback, any text that is none of the others ("Analytical").
``group``
    a plural of a rank, role or unit ("DCIs", "PREVENT officers"), or
    "All ...".
``none``
    blank cells and placeholders (TBC, TBA, N/A, To be confirmed, Vacant).
    This fifth kind exists so that parse_owner has an honest answer for
    them; split_owners drops them, so a caller that splits first never sees
    it.

Examples
--------
>>> split_owners("SK / LPSU")
['SK', 'LPSU']
>>> split_owners("Domestic Abuse Lead for Safeguarding and Partnerships")
['Domestic Abuse Lead for Safeguarding and Partnerships']
>>> parse_owner("C/Supt Ewen Wilson").display
'Ch/Supt Ewen Wilson'
>>> compare_owners(parse_owner("Ch/Supt Wilson"), parse_owner("C/Supt Ewen Wilson")).verdict
'same'
>>> compare_owners(parse_owner("PC S Holt"), parse_owner("Insp Diane Holt")).verdict
'different'
"""

from __future__ import annotations

from .cleaning import split_allocation
from .comparing import NameMatch, compare_owners, initials_of
from .parsing import OwnerName, parse_owner
from .splitting import split_allocated, split_owners
from .vocabulary import KINDS, RANKS, rank_of

__all__ = [
    "KINDS",
    "RANKS",
    "OwnerName",
    "NameMatch",
    "split_owners",
    "split_allocated",
    "split_allocation",
    "parse_owner",
    "compare_owners",
    "initials_of",
    "rank_of",
]
