"""Names for synthetic partnerships: places, people, ranks, organisations, forums.

Everything here is invented or generic (national bodies every partnership
works with). Places are made from two halves, so that forty partnerships
get forty believable names; organisations and forums are patterns filled
in with a partnership's own place names ("{town} Women's Aid").

Examples
--------
>>> import random
>>> towns = place_names(random.Random(1), 3)
>>> len(set(towns)) == 3 and all(t[0].isupper() for t in towns)
True
>>> RANK_FORMS["Ch Insp"][:2]
('Ch Insp', 'CI')
>>> fill("{town} Women's Aid", {"town": "Brackenford"})
"Brackenford Women's Aid"
"""

from __future__ import annotations

import random

__all__ = ["place_names", "fill", "FIRST_NAMES", "SURNAMES", "RANK_FORMS", "POLICE_RANKS", "ROLES_BY_ORG",
           "ORGANISATIONS", "NATIONAL_PARTNERS", "FORUM_PATTERNS", "WARDS"]

_HEADS = ("Brack", "Hol", "Ash", "Mar", "Fen", "Cal", "Dun", "Wyn", "Stan", "Thorn", "Al", "Bel", "Cor", "Gar",
          "Kel", "Lang", "Mil", "Nor", "Ox", "Pen", "Red", "Sel", "Tre", "Wal", "Hart", "Elm", "Crow", "Ather",
          "Bram", "Chil", "Dray", "Eas", "Fal", "Grey", "Ha", "Ing", "Lyd", "Mor", "Ravens", "Sax")
_TAILS = ("ford", "bury", "mere", "ham", "ley", "wick", "stow", "dale", "borough", "field", "minster", "combe",
          "wood", "bridge", "ton", "hurst", "by", "well", "cester", "mouth")


def place_names(rng: random.Random, count: int) -> list[str]:
    """``count`` different invented place names ("Brackenford", "Calderwick")."""
    pairs = [(h, t) for h in _HEADS for t in _TAILS]
    rng.shuffle(pairs)
    names: list[str] = []
    for head, tail in pairs:
        name = head + ("en" if head[-1] not in "aeiouy" and tail[0] in "fbm" and rng.random() < 0.3 else "") + tail
        if name not in names:
            names.append(name)
        if len(names) == count:
            break
    return names


def fill(pattern: str, places: dict[str, str]) -> str:
    """A pattern with a partnership's place names filled in."""
    return pattern.format(**places)


FIRST_NAMES = (
    "Gareth", "Yvonne", "Nadia", "Lucy", "Dan", "Bea", "Omar", "Marion", "Kamal", "Jonah", "Glen", "Tess",
    "Fiona", "Rhys", "Lorna", "Abigail", "Naomi", "Hal", "Colm", "Diane", "Simon", "Sofia", "Arthur", "Martina",
    "Kieran", "Priya", "Sam", "Helen", "Joanna", "Tom", "Lena", "Ravi", "Maria", "Ade", "Amrit", "Jade",
    "Callum", "Tilly", "Gwen", "Martin", "Sean", "Karen", "Lee", "Tara", "Aaron", "Dominic", "Denise", "Owen",
    "Ellie", "Paul", "Kiran", "Amara", "Graham", "Jamie", "Ruth", "Imran", "Bethan", "Chloe", "Declan", "Esther",
    "Farah", "Hugh", "Isla", "Josef", "Keisha", "Liam", "Megan", "Niall", "Olu", "Petra", "Rosa", "Stuart",
    "Una", "Victor", "Wendy", "Yusuf", "Zoe", "Alan", "Brenda", "Craig", "Dawn", "Emeka", "Gail", "Harjit",
)
SURNAMES = (
    "Penhallow", "Strickland", "Fairclough", "Harrow", "Tranter", "Haddad", "Feltham", "Mistry", "Pellew",
    "Tamsett", "Sorley", "Dunmore", "Vickery", "Quennell", "Bexley", "Weatherby", "Sheridan", "Holt", "Brandt",
    "Lisle", "Kovac", "Maddox", "Nandra", "Reed", "Marsh", "Whitlock", "Kerridge", "Osei", "Chauhan", "Lopes",
    "Bankole", "Okafor", "Sandhu", "Fry", "Brennan", "Warburton", "Howells", "Pryce", "Doyle", "Maddison",
    "Pike", "Farrow", "Ruddock", "Quinlan", "Ellery", "Castellano", "Whitcombe", "Marr", "Desai", "Nwosu",
    "Pask", "Trent", "Achterberg", "Stallard", "Hendry", "Frostick", "Granger", "Kaneshiro", "Mariner",
    "Simmonds", "Cornish", "Worrall", "Anslow", "Gennery", "Baldock", "Cannon", "Morton", "Wilsher", "Hooper",
    "Kirby", "Hampson", "Stallabrass", "Pipe", "Beecher", "Adeyemi", "Blackwood", "Carew", "Drummond",
    "Ellwood", "Fensome", "Garside", "Hollis", "Ibbotson", "Jarvis", "Kettle", "Lomax", "Mbeki", "Norrington",
    "Oduya", "Prentice", "Rahman", "Sowerby", "Thackray", "Upton", "Varga", "Wragg", "Yeoman", "Zielinski",
)

# Every police rank an owner may hold, canonical first, then the ways plans write it.
RANK_FORMS: dict[str, tuple[str, ...]] = {
    "PC": ("PC",),
    "PCSO": ("PCSO",),
    "Sgt": ("Sgt", "PS", "Sergeant"),
    "DS": ("DS", "Det Sgt", "D/Sgt"),
    "Insp": ("Insp", "Inspector", "Insp."),
    "DI": ("DI", "Det Insp", "D/Insp"),
    "Ch Insp": ("Ch Insp", "CI", "C/Insp", "Chief Inspector"),
    "DCI": ("DCI", "Det Ch Insp", "D/Ch Insp"),
    "Supt": ("Supt", "Superintendent"),
    "D/Supt": ("D/Supt", "Det Supt"),
    "Ch Supt": ("Ch Supt", "C/Supt", "Ch/Supt", "Chief Superintendent"),
}
# Ranks that lead tasks, with how often (sergeants and inspectors do most of the work).
POLICE_RANKS = (("Sgt", 4), ("DS", 2), ("Insp", 6), ("DI", 3), ("Ch Insp", 4), ("DCI", 2), ("Supt", 2),
                ("D/Supt", 1), ("Ch Supt", 1), ("PC", 2), ("PCSO", 1))

# Job titles by the kind of organisation a person works for.
ROLES_BY_ORG = {
    "police": ("Neighbourhood Inspector", "Partnership Inspector", "Licensing Sergeant", "Proactive Team",
               "Public Protection Lead", "Youth Violence Sergeant", "Economic Crime Unit", "Rural Crime Officer",
               "Night-Time Economy Inspector", "Exploitation Team", "Hate Crime Lead", "Intelligence Manager"),
    "council": ("Community Safety Manager", "ASB Coordinator", "Licensing Manager", "Domestic Abuse Coordinator",
                "Hate Crime Coordinator", "Community Cohesion Manager", "Head of Community Safety",
                "Performance and Insight Analyst", "Young People's Service Manager", "Community Safety Officer",
                "Consumer Protection Manager", "Head of Early Help"),
    "voluntary": ("Services Manager", "Outreach Manager", "Chief Executive", "Project Lead", "Volunteer Coordinator"),
    "health": ("Safeguarding Lead", "Public Health Consultant", "Emergency Department Manager"),
}

# Organisations a partnership's plans name, as patterns over its place names,
# each with its kind, its short forms and the priorities it mostly works on.
ORGANISATIONS = (
    ("{town} Borough Council", "council", ("{town} BC", "the council"), ()),
    ("{county} County Council", "council", ("{county} CC",), ()),
    ("{town} Homes", "housing", (), ("Anti-Social Behaviour", "Domestic Abuse", "Exploitation & County Lines",
                                     "Drug Harm")),
    ("{town} & {county} NHS Trust", "health", ("{town} NHS Trust",), ("Serious Violence", "Drug Harm",
                                                                      "Domestic Abuse")),
    ("{town} Women's Aid", "voluntary", (), ("Domestic Abuse", "Violence Against Women & Girls")),
    ("{town} Youth Trust", "voluntary", (), ("Serious Violence", "Anti-Social Behaviour", "Youth Violence")),
    ("{town} Recovery Service", "voluntary", (), ("Drug Harm",)),
    ("Citizens Advice {town}", "voluntary", (), ("Fraud & Scams",)),
    ("Age UK {town}", "voluntary", (), ("Fraud & Scams", "Neighbourhood Crime")),
    ("{town} Interfaith Network", "voluntary", (), ("Hate Crime", "Extremism & Radicalisation")),
    ("{town} Business Improvement District", "business", ("{town} BID",), ("Retail & Business Crime",
                                                                         "Night-Time Economy")),
    ("{county} Fire and Rescue Service", "fire", (), ("Road Safety", "Neighbourhood Crime")),
    ("{town} College", "education", (), ("Serious Violence", "Hate Crime")),
    ("{town} Street Angels", "voluntary", (), ("Night-Time Economy",)),
    ("{town} Farm Watch", "voluntary", (), ("Rural Crime",)),
)
NATIONAL_PARTNERS = {
    "Crown Prosecution Service": ("CPS",), "Probation Service": ("Probation",), "Victim Support": (),
    "Trading Standards": (), "British Transport Police": ("BTP",), "Crimestoppers": (),
    "Neighbourhood Watch": (), "Street Pastors": (), "National Farmers' Union": ("NFU",),
    "Youth Offending Team": ("YOT",), "Stop Hate UK": (),
}

# Forums: a pattern, how often it meets, the chair's kind, and the priorities it oversees
# ("*" for every priority of the plan).
FORUM_PATTERNS = (
    ("Safer {town} Board", "Quarterly", "councillor", ("*",)),
    ("{town} Community Safety Partnership Executive", "Quarterly", "police", ("*",)),
    ("Domestic Abuse Partnership Board", "Every two months", "council", ("Domestic Abuse",
                                                                         "Violence Against Women & Girls")),
    ("Multi-Agency Risk Assessment Conference", "Monthly", "police", ("Domestic Abuse",)),
    ("Youth Safety Panel", "Monthly", "police", ("Serious Violence", "Youth Violence", "Knife Crime")),
    ("Drug Harm Reduction Group", "Monthly", "voluntary", ("Drug Harm", "Exploitation & County Lines")),
    ("Business Crime Forum", "Monthly", "business", ("Retail & Business Crime", "Night-Time Economy")),
    ("Hate Incident Panel", "Monthly", "council", ("Hate Crime", "Extremism & Radicalisation")),
    ("Exploitation Panel", "Fortnightly", "police", ("Exploitation & County Lines", "Modern Slavery")),
    ("Licensing Liaison Group", "Monthly", "council", ("Night-Time Economy", "Retail & Business Crime")),
    ("Neighbourhood Tasking Group", "Fortnightly", "police", ("Anti-Social Behaviour", "Neighbourhood Crime",
                                                              "Rural Crime")),
    ("Serious Violence Board", "Quarterly", "police", ("Serious Violence", "Knife Crime")),
    ("Rural Crime Group", "Quarterly", "police", ("Rural Crime",)),
    ("Road Safety Partnership", "Quarterly", "council", ("Road Safety",)),
    ("Scams Action Group", "Every two months", "council", ("Fraud & Scams",)),
    ("Anti-Slavery Network", "Every two months", "council", ("Modern Slavery",)),
    ("VAWG Strategic Group", "Quarterly", "police", ("Violence Against Women & Girls", "Domestic Abuse")),
    ("Channel Panel", "Monthly", "council", ("Extremism & Radicalisation",)),
    ("Reducing Reoffending Board", "Quarterly", "probation", ("Reducing Reoffending",)),
    ("Nightsafe Partnership Group", "Every six weeks", "police", ("Night-Time Economy",)),
)

# Ward and neighbourhood names, for places inside a partnership.
WARDS = ("Northfield", "Castle", "Riverside", "Abbey", "Kingsmead", "St Mary's", "Westgate", "Harbour",
         "Millbrook", "Priory", "Oakwood", "Station", "Market", "Eastbrook", "Hillside", "Meadow")
