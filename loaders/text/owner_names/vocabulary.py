"""The words owners are written in: ranks, roles, units, honorifics, placeholders.

Plans name owners in the vocabulary of policing and local government. This
module holds that vocabulary as classes of words (every spelling of a rank,
the head nouns of job titles and of units, the words that are never part of
a person's name) and the rank look-ups built on it. Nothing here is taken
from one plan's cells: each set is a class a reader of any plan would know.

Ranks are compared as rank keys: lower case, full stops removed, slashes
read as spaces, so "C/Supt", "Ch. Supt." and "Ch Supt" are one key family.

Examples
--------
>>> rank_of("Det Sgt"), rank_of("PS"), rank_of("Sergeant"), rank_of("D/Supt")
('DS', 'Sgt', 'Sgt', 'D/Supt')
>>> rank_of("Ch Insp") == rank_of("Chief Inspector") == rank_of("CI")
True
>>> rank_of("A/DI"), rank_of("Acting Inspector"), rank_of("Manager")
('DI', 'Insp', None)
>>> match_rank_prefix("Det Sgt M Kovac".split())
('DS', 2)
"""

from __future__ import annotations

import re

__all__ = ["KINDS", "RANKS", "RANK_SPELLINGS", "rank_of", "match_rank_prefix", "rank_suffix",
           "rank_key"]

KINDS = ("person", "role", "team", "group", "none")

# Canonical ranks, most junior first, and every spelling plans (or the
# glossary) use for each, as rank keys.
RANK_SPELLINGS: dict[str, tuple[str, ...]] = {
    "PC": ("pc", "police constable", "constable"),
    "PCSO": ("pcso", "police community support officer"),
    "DC": ("dc", "det con", "det constable", "detective constable", "d c", "d con"),
    "DS": ("ds", "det sgt", "d sgt", "det sergeant", "detective sergeant", "dsgt"),
    "Sgt": ("sgt", "sergeant", "police sergeant", "ps", "p sgt", "pol sgt", "serg", "sergt"),
    "Insp": ("insp", "inspector", "police inspector", "inspr"),
    "DI": ("di", "det insp", "d insp", "det inspector", "detective inspector", "dinsp"),
    "CI": ("ci", "c insp", "ch insp", "chief insp", "chief inspector", "cinsp", "chinsp",
           "ch inspector"),
    "DCI": ("dci", "d ci", "det ci", "d c insp", "d ch insp", "det c insp", "det ch insp",
            "det chief insp", "det chief inspector", "detective chief inspector"),
    "Supt": ("supt", "superintendent"),
    "D/Supt": ("d supt", "dsupt", "det supt", "det superintendent", "detective superintendent"),
    "Ch/Supt": ("ch supt", "c supt", "chsupt", "csupt", "chief supt", "ch superintendent",
                "chief superintendent"),
    "Det Ch/Supt": ("dcs", "d c supt", "d ch supt", "det c supt", "det ch supt", "det chief supt",
                    "det chief superintendent", "detective chief superintendent"),
    "ACC": ("acc", "assistant chief constable"),
    "DCC": ("dcc", "deputy chief constable"),
    "CC": ("cc", "chief constable"),
    "Dr": ("dr", "doctor"),
}
RANKS = tuple(RANK_SPELLINGS)
RANK_BY_KEY = {key: rank for rank, keys in RANK_SPELLINGS.items() for key in keys}

# "Di" is also a given name and "PS" also initials: these two count as ranks
# only when written in capitals or, for "Di"/"Ps", before exactly one name.
AMBIGUOUS_RANK_KEYS = {"di", "ps"}
# Acting ranks written as one word; kept to the two seen in policing papers,
# since longer run-together forms collide with acronyms.
COMPACT_ACTING = {"adi": "DI", "adci": "DCI"}
ACTING_WORDS = {"acting", "temp", "temporary"}
# Two-letter ranks that are never read as initials on their own.
RANK_PAIRS = {"DI", "DS", "DC", "PC", "CI", "CC"}
# Two capital letters that are well-known abbreviations, not initials.
NOT_INITIALS = {"FI", "HR", "IT", "UK", "QA"}

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "prof", "professor", "rev",
              "revd", "cllr", "councillor"}
COMMAND_ROLES = {"gold", "silver", "bronze"}
NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "du", "la", "le", "del", "della", "dos"}

# Head nouns of a post: "Community Cohesion Officer", "Night Marshal".
ROLE_NOUNS = {
    "lead", "manager", "officer", "co-ordinator", "coordinator", "head", "director", "chair",
    "chairman", "chairperson", "analyst", "investigator", "adviser", "advisor", "supervisor",
    "commander", "champion", "owner", "practitioner", "specialist", "deputy", "secretary",
    "representative", "rep", "liaison", "sponsor", "controller", "administrator", "planner",
    "researcher", "worker", "assistant", "mentor", "trainer", "navigator", "commissioner",
    "detective", "lawyer", "solicitor", "partner", "marshal", "warden", "steward", "ambassador",
    "guardian", "caseworker", "keyworker", "counsellor", "therapist", "teacher", "educator",
    "patroller", "convenor", "convener", "facilitator", "organiser", "organizer",
}
ROLE_ACRONYMS = {"LRO", "SIO", "SPOC", "OIC", "FI", "FLO", "IDVA", "ISVA", "SRO", "PCC", "PFCC",
                 "DPFCC", "DPCC"}
# Head nouns of a unit or an organisation, company suffixes included:
# "ANPR Unit", "Northgate Car Parks Ltd", "Southbay Refuge".
TEAM_NOUNS = {
    "unit", "team", "department", "dept", "directorate", "command", "centre", "center", "hub",
    "section", "branch", "division", "desk", "bureau", "service", "services", "squad", "group",
    "board", "partnership", "panel", "cell", "function", "network", "office", "college", "room",
    "agency", "council", "committee", "forum", "authority", "force", "police", "constabulary",
    "trust", "charity", "project", "programme", "secretariat", "ltd", "limited", "plc", "cic",
    "llp", "llc", "inc", "association", "society", "foundation", "union", "alliance",
    "federation", "consortium", "company", "refuge", "shelter", "hostel", "homes", "housing",
    "school", "schools", "academy", "university", "hospital", "surgery", "clinic", "practice",
    "mosque", "synagogue", "club", "patrol", "patrols", "watch",
    "procurement", "administration", "ministry", "commission", "registry",
}
GROUP_WORDS = {"all", "everyone", "everybody", "partners", "agencies", "colleagues", "staff"}
# Words of the plans' own vocabulary: two capitalised words made of these are
# a title ("Public Protection"), never a person's name.
NON_NAME_WORDS = {
    "crime", "crimes", "public", "protection", "policing", "local", "safety", "community",
    "communities", "abuse", "domestic", "serious", "organised", "organized", "support",
    "operations", "operational", "intelligence", "safeguarding", "prevention", "prevent",
    "pursue", "protect", "prepare", "investigation", "investigations", "investigative",
    "analytical", "analysis", "divisional", "district", "county", "regional", "national",
    "violence", "exploitation", "child", "children", "sexual", "hate", "gang", "gangs", "knife",
    "fraud", "digital", "economic", "prison", "youth", "offender", "offenders", "management",
    "strategic", "tactical", "night", "economy", "burglary", "robbery", "victim", "victims",
    "essex", "southend", "thurrock", "licensing", "training", "criminal", "justice", "health",
    "response", "neighbourhood", "rural", "engagement", "review", "audit", "inspection",
    "control", "contact", "partnerships", "trading", "standards", "watch", "cyber", "economic",
    "tasking", "acquisitive", "extremism", "radicalisation", "counter", "terrorism", "specials",
    "volunteers", "volunteer", "custody", "firearms", "roads", "traffic", "missing", "persons",
    "the", "and", "or", "of", "for", "by", "with", "to", "in", "at", "on", "op", "operation",
    "tbc", "tba", "covered", "strand", "area", "plan", "task", "action", "town", "city",
    "borough", "parish", "vehicle", "retail", "business",
    "drugs", "drug", "alcohol", "housing", "anti", "social", "behaviour", "slavery", "modern",
    "trafficking", "consumer", "adult", "adults", "scams", "student", "students", "survivor",
    "survivors", "cohesion", "probation", "education", "environmental", "enforcement",
}
NOT_NAME = (
    NON_NAME_WORDS | ROLE_NOUNS | {n + "s" for n in ROLE_NOUNS} | TEAM_NOUNS | GROUP_WORDS
    | {key for key in RANK_BY_KEY if " " not in key} | {a.lower() for a in ROLE_ACRONYMS}
) - {"di"}  # "Di" is a given name as well as a rank

# Texts that name nobody, compared folded to plain lower-case words.
PLACEHOLDERS = {
    "", "tbc", "tba", "tbd", "tbc tba", "na", "n a", "nan", "nat", "none", "null", "nil",
    "unknown", "vacant", "to be confirmed", "to be agreed", "to be decided", "to be allocated",
    "not applicable", "not known", "to be appointed", "to be identified", "vacant post",
    "post vacant", "unassigned", "not assigned", "not yet assigned", "no owner", "no lead",
    "awaiting appointment", "to follow",
}

EDGE_PUNCT = " \t\r\n.,;:-\u2013\u2014\u2022*\u00b7"


def rank_key(text: str) -> str:
    """A spelling of a rank as a lookup key: "Ch/Supt." -> "ch supt"."""
    return " ".join(text.lower().replace(".", "").replace("/", " ").split())


def rank_of(text: str) -> str | None:
    """The canonical rank a spelling stands for, acting forms included.

    Acting and temporary ranks ("A/DI", "Acting DI", "T/Supt") read as the
    substantive rank, so that an acting DI and the same DI later compare as
    one person.

    >>> rank_of("Ch. Supt."), rank_of("T/Supt"), rank_of("A DI")
    ('Ch/Supt', 'Supt', None)
    """
    key = rank_key(text)
    if key in RANK_BY_KEY:
        return RANK_BY_KEY[key]
    if key in COMPACT_ACTING:
        return COMPACT_ACTING[key]
    first, _, rest = key.partition(" ")
    # "A/DI" and "T/Supt" only with the slash: "A DI" is not a rank.
    slashed = re.match(r"[AaTt]\s*/", text.strip()) is not None
    if rest and (first in ACTING_WORDS or (first in {"a", "t"} and slashed)):
        return RANK_BY_KEY.get(rest)
    return None


def match_rank_prefix(words: list[str]) -> tuple[str, int] | None:
    """The longest rank at the start of the words, and how many words it uses."""
    for used in range(min(4, len(words)), 0, -1):
        rank = rank_of(" ".join(words[:used]))
        if rank:
            return rank, used
    return None


def rank_suffix(words: list[str]) -> str | None:
    """The longest rank at the end of a title: "Divisional Supt" -> "Supt".

    >>> rank_suffix(["LPP", "Inspector"]), rank_suffix(["Town", "Centre", "Ps"])
    ('Insp', None)
    """
    for used in range(min(4, len(words)), 0, -1):
        spelling = " ".join(words[-used:]).strip(EDGE_PUNCT)
        rank = rank_of(spelling)
        if rank and not (rank_key(spelling) in AMBIGUOUS_RANK_KEYS and spelling != spelling.upper()):
            return rank
    return None
