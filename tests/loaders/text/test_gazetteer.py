"""Tests for loaders.text.gazetteer: the bundled list, matching rules, CSV loading."""

from __future__ import annotations

import csv
import datetime
import doctest
import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from loaders.text import gazetteer as gazetteer_module
from loaders.text.gazetteer import COLUMNS, KINDS, Entry, Gazetteer, Mention

GAZ = Gazetteer.bundled()
CSV_PATH = resources.files("loaders").joinpath("data", "gazetteer.csv")
PLANS = resources.files("loaders").joinpath("samples", "essex", "plans")

SET_DA_BOARD = "Southend, Essex and Thurrock Domestic Abuse Board"
OPFCC = "Office of the Police, Fire and Crime Commissioner"


def names(text: object) -> list[str]:
    return [mention.entry.name for mention in GAZ.find_mentions(text)]


def spans(text: object) -> list[tuple[str, str, int]]:
    return [(m.entry.name, m.evidence, m.start) for m in GAZ.find_mentions(text)]


def all_terms(entry: Entry) -> list[str]:
    return [entry.name, *([entry.acronym] if entry.acronym else []), *entry.aliases]


def test_doctests_pass():
    result = doctest.testmod(gazetteer_module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


# --- the bundled CSV -------------------------------------------------------

def test_bundled_csv_is_well_formed():
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS
    body = rows[1:]
    assert all(len(row) == 5 for row in body)
    assert all(row[1] in KINDS for row in body)
    assert all(row[4].strip() for row in body), "every entry has a note"
    assert len({row[0] for row in body}) == len(body)


def test_bundled_counts():
    entries = GAZ.entries()
    assert len(entries) == 70
    assert sum(entry.kind == "forum" for entry in entries) == 36
    assert sum(entry.kind == "partner" for entry in entries) == 34


def test_bundled_is_cached():
    assert Gazetteer.bundled() is GAZ


def _loose_key(term: str) -> str:
    """Normalise independently of the module: case, space, &, - , ' and ,."""
    term = term.lower().replace("&", " and ")
    term = re.sub(r"['\u2019\u2018]", "", term)
    return " ".join(re.sub(r"[\s,\-]+", " ", term).split())


def test_no_spelling_belongs_to_two_entries():
    owner: dict[str, str] = {}
    for entry in GAZ.entries():
        for term in all_terms(entry):
            for key in {_loose_key(term), _loose_key(term) + "s"}:
                assert owner.setdefault(key, entry.name) == entry.name, (term, owner[key])
            owner[_loose_key(term)] = entry.name


def test_every_spelling_looks_up_and_matches_its_own_entry():
    for entry in GAZ.entries():
        for term in all_terms(entry):
            assert GAZ.lookup(term) is entry, term
            assert GAZ.find_mentions(term) == [Mention(entry, term, 0)], term


# Every forum and partner in /work/shared/GLOSSARY.md, as it writes them.
GLOSSARY = [
    ("CSP", "Community Safety Partnership"),
    ("Community Safety Hub", "Community Safety Hub"),
    ("hub tasking", "Community Safety Hub"),
    ("Safer Essex", "Safer Essex"),
    ("Safer Essex Board", "Safer Essex"),
    ("SET DA Board", SET_DA_BOARD),
    ("SETDAB", SET_DA_BOARD),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MARAT", "Multi-Agency Risk Assessment Team"),
    ("Multi Agency Risk Assessment Triage", "Multi-Agency Risk Assessment Team"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("MACE", "Multi-Agency Child Exploitation Meeting"),
    ("MAPPA", "Multi-Agency Public Protection Arrangements"),
    ("IAG", "Independent Advisory Group"),
    ("youth IAG", "Independent Advisory Group"),
    ("SHCP", "Strategic Hate Crime Partnership"),
    ("Essex Hate Crime Strategic Partnership", "Strategic Hate Crime Partnership"),
    ("LSCB", "Local Safeguarding Children Board"),
    ("PREVENT Board", "PREVENT Board"),
    ("CHANNEL", "Channel Panel"),
    ("LPA SOC Board", "Local Policing Area Serious and Organised Crime Board"),
    ("Local Policing Area Serious & Organised Crime board",
     "Local Policing Area Serious and Organised Crime Board"),
    ("LORM", "Lifetime Offender Regional Management Meeting"),
    ("SAC Forum", "Serious Acquisitive Crime Forum"),
    ("Licensing Committee", "Licensing Committee"),
    ("Youth Scrutiny Panel", "Youth Scrutiny Panel"),
    ("DHR", "Domestic Homicide Review"),
    ("PPPB", "Public Protection Programme Board"),
    ("Public Protection Programme Board", "Public Protection Programme Board"),
    ("PVP Board", "Protecting Vulnerable Persons Board"),
    ("Protecting Vulnerable Persons Board", "Protecting Vulnerable Persons Board"),
    ("IIB", "Investigations Improvement Board"),
    ("Investigations Improvement Board", "Investigations Improvement Board"),
    ("LPCPP Board", "Local Policing, Crime and Public Protection Board"),
    ("Local Policing, Crime and Public Protection Board",
     "Local Policing, Crime and Public Protection Board"),
    ("CPS", "Crown Prosecution Service"),
    ("RASSO", "Crown Prosecution Service"),
    ("OPFCC", OPFCC),
    ("OPCC", OPFCC),
    ("PFCC", OPFCC),
    ("DPFCC", OPFCC),
    ("Office of the Police and Crime Commissioner", OPFCC),
    ("ERSOU", "Eastern Region Special Operations Unit"),
    ("NCA", "National Crime Agency"),
    ("NCSC", "National Cyber Security Centre"),
    ("CISP", "Cyber Security Information Sharing Partnership"),
    ("City of London Police", "City of London Police"),
    ("Crimestoppers", "Crimestoppers"),
    ("Victim Support", "Victim Support"),
    ("VSS", "Victim Support"),
    ("Victim Support Service", "Victim Support"),
    ("Stop Hate UK", "Stop Hate UK"),
    ("Gangsline", "Gangsline"),
    ("Trading Standards", "Trading Standards"),
    ("Essex County Council", "Essex County Council"),
    ("CSC", "Children's Social Care"),
    ("Children's Social Care", "Children's Social Care"),
    ("Southend Council", "Southend-on-Sea Borough Council"),
    ("Thurrock Council", "Thurrock Council"),
    ("Health", "National Health Service"),
    ("ICB", "National Health Service"),
    ("CRC", "Probation Service"),
    ("NPS", "Probation Service"),
    ("Probation", "Probation Service"),
    ("YOT", "Youth Offending Team"),
    ("YOS", "Youth Offending Team"),
    ("Youth Justice", "Youth Offending Team"),
    ("ECFRS", "Essex County Fire and Rescue Service"),
    ("SARC", "Sexual Assault Referral Centre"),
    ("ISVA", "Independent Sexual Violence Adviser"),
    ("IDVA", "Independent Domestic Violence Adviser"),
    ("HMICFRS", "HM Inspectorate of Constabulary and Fire & Rescue Services"),
    ("HMIC", "HM Inspectorate of Constabulary and Fire & Rescue Services"),
    ("CoP", "College of Policing"),
    ("College of Policing", "College of Policing"),
    ("Leicestershire Police", "Leicestershire Police"),
    ("Kent Police", "Kent Police"),
    ("Metropolitan Police", "Metropolitan Police Service"),
    ("BTP", "British Transport Police"),
    ("NHW", "Neighbourhood Watch"),
    ("Street Pastors", "Street Pastors"),
    ("Street Wardens", "Street Wardens"),
    ("SOS Bus", "SOS Bus"),
    ("Drive Project", "Drive Project"),
    # Named by the brief or the register though not in the glossary.
    ("Crimstoppers", "Crimestoppers"),
    ("GANGS LINE", "Gangsline"),
    ("Licencing Commitees", "Licensing Committee"),
    ("Local Licensing Committees", "Licensing Committee"),
    ("Op Raptor", "Operation Raptor"),
    ("CSAS", "Community Safety Accreditation Scheme"),
    ("Essex Faith Leaders", "Essex Faith Leaders"),
    ("Community Forums", "Community Forum"),
    ("SET Scrutiny Panel for DA", "Southend, Essex and Thurrock Scrutiny Panel for Domestic Abuse"),
    ("Domestic Abuse Performance Group", "Domestic Abuse Performance Group"),
    ("Essex Safeguarding Children Board", "Essex Safeguarding Children Board"),
    ("Essex Safeguarding Adults Board", "Essex Safeguarding Adults Board"),
    ("CSE boards", "Southend, Essex and Thurrock Child Sex Exploitation Strategic Board"),
    ("Rape Crisis Partnership", "Rape Crisis Partnership"),
    ("SET Perpetrator Task Group", "Southend, Essex and Thurrock Perpetrator Task Group"),
    ("CJ board", "Local Criminal Justice Board"),
    ("Local and Essex Independent Advisory Groups", "Independent Advisory Group"),
]


@pytest.mark.parametrize("term, name", GLOSSARY)
def test_glossary_terms_look_up(term, name):
    entry = GAZ.lookup(term)
    assert entry is not None, term
    assert entry.name == name


@pytest.mark.parametrize("name, kind", [
    ("Operation Raptor", "forum"),
    ("Channel Panel", "forum"),
    ("Community Safety Accreditation Scheme", "forum"),
    ("Domestic Homicide Review", "forum"),
    ("Neighbourhood Watch", "partner"),
    ("Cyber Security Information Sharing Partnership", "partner"),
    ("City of London Police", "partner"),
    (OPFCC, "partner"),
    ("Children's Social Care", "partner"),
])
def test_decided_kinds(name, kind):
    entry = GAZ.lookup(name)
    assert entry is not None
    assert entry.kind == kind


def test_opfcc_note_records_the_2018_name():
    entry = GAZ.lookup("OPCC")
    assert entry.name == OPFCC
    assert entry.acronym == "OPFCC"
    assert "OPCC" in entry.note and "2018" in entry.note


# Police units, roles and processes are owners or activities, not entries.
@pytest.mark.parametrize("term", [
    "LPSU", "SCD", "OSG", "PPU", "PIU", "C&PP", "SECU", "OCGMU", "FCR", "EPC",
    "CPT", "LPA", "DPA", "Op Juno", "GTRET", "Force Review Team", "OPC",
    "DVPN", "IOM", "MOSOVO", "SCPO", "ROCTA", "ANPR", "BUSS", "Op Scorpion",
    "Op Meteor", "Op SCEPTRE", "STORM", "BOBB", "GRITS", "OCG", "THR",
])
def test_units_and_processes_are_not_entries(term):
    assert GAZ.lookup(term) is None
    assert GAZ.find_mentions(term) == []


# --- matching real plan texts ---------------------------------------------

REAL_TEXTS = [
    ("Participate in Domestic Homicide Reviews and the thematic review process by "
     "contributing to the sub group of the SET DA Board sub-group and cascade relevant "
     "learning  through the C and PP communications officer.",
     [("Domestic Homicide Review", "Domestic Homicide Reviews", 15),
      (SET_DA_BOARD, "SET DA Board", 113)]),
    ("Health are part of the current Safer Essex working group.",
     [("National Health Service", "Health", 0), ("Safer Essex", "Safer Essex", 31)]),
    ('Crimestoppers are seen as an "independent" group from EP - and as a result may be '
     "able to generate further intelligence opoortunities. JF to task link with "
     "Crimstoppers to support activity (linked to EP Media ?)",
     [("Crimestoppers", "Crimestoppers", 0)]),
    ("JF to task link with Crimstoppers to support activity",
     [("Crimestoppers", "Crimstoppers", 21)]),
    ("Ensure referrals are submitted to Children\u2019s Social Care where children are "
     "identified as being at risk due to domestic abuse, maintaining resources within the "
     "Children & Family Hub, MARAT and MASH where incidents of DA are quality assured.",
     [("Children's Social Care", "Children\u2019s Social Care", 34),
      ("Multi-Agency Risk Assessment Team", "MARAT", 183),
      ("Multi-Agency Safeguarding Hub", "MASH", 193)]),
    ('Linked to action 10. Key element on this action is to ensure CPS are briefed & '
     'understand importance of any "Raptor" case.',
     [("Crown Prosecution Service", "CPS", 61), ("Operation Raptor", "Raptor", 109)]),
    ("Work with the OPCC and wider SET DA board to feed in police requirements",
     [(OPFCC, "OPCC", 14), (SET_DA_BOARD, "SET DA board", 29)]),
    ("Work with commissioned support service providers , SARCS , VSS, ISVA , GANGS LINE "
     "Prevention officer",
     [("Sexual Assault Referral Centre", "SARCS", 51),
      ("Victim Support", "VSS", 59),
      ("Independent Sexual Violence Adviser", "ISVA", 64),
      ("Gangsline", "GANGS LINE", 71)]),
    ("Maintain our active support and participation in local Mace meetings",
     [("Multi-Agency Child Exploitation Meeting", "Mace meetings", 55)]),
    ("statutory and local processes to enable effective multi agency problem solving "
     "(MARAC, MAPPA, MACE).",
     [("Multi-Agency Risk Assessment Conference", "MARAC", 80),
      ("Multi-Agency Public Protection Arrangements", "MAPPA", 87),
      ("Multi-Agency Child Exploitation Meeting", "MACE", 94)]),
    ("District/CSP Hub Tasking Meetings",
     [("Community Safety Partnership", "CSP", 9), ("Community Safety Hub", "Hub Tasking", 13)]),
    ("working with district Chief Inspectors and district CSP's to develop consistent plans",
     [("Community Safety Partnership", "CSP's", 52)]),
    ("Attend and support County and Unitary PREVENT Boards",
     [("PREVENT Board", "PREVENT Boards", 38)]),
    ("Support the transition of the responsibility for administration of CHANNEL referrals",
     [("Channel Panel", "CHANNEL", 67)]),
    ("Work to develop joint processes with Essex County Council CSC are under development",
     [("Essex County Council", "Essex County Council", 37),
      ("Children's Social Care", "CSC", 58)]),
    ("Perform horizon scanning and continual review of HMIC and CoP guidance around DA",
     [("HM Inspectorate of Constabulary and Fire & Rescue Services", "HMIC", 49),
      ("College of Policing", "CoP", 58)]),
    ("Test Purchase Operations focused on retailers - working with partners (trading Standards)",
     [("Trading Standards", "trading Standards", 71)]),
    ("Work with local CJ board to ensure that a consistent and appropriate response is in place",
     [("Local Criminal Justice Board", "local CJ board", 10)]),
    ("Undertake a review of cocooning activity linked to Op Insight and seek partner "
     "engagement including ECFRS, Active Citizens and NHW.",
     [("Essex County Fire and Rescue Service", "ECFRS", 100),
      ("Neighbourhood Watch", "NHW", 127)]),
    ("Maintain the deployment of a Detective Sergeant embedded within the Crown Prosecution "
     "Service RASSO (Rape and Serious Sexual Offences) Unit",
     [("Crown Prosecution Service", "Crown Prosecution Service", 68)]),
    ("This is facilitated through the Lifetime Offender Regional Management process (ERSOU). "
     "Attendees include the PIU, probation and an OCG Analyst.",
     [("Lifetime Offender Regional Management Meeting",
       "Lifetime Offender Regional Management", 32),
      ("Eastern Region Special Operations Unit", "ERSOU", 79),
      ("Probation Service", "probation", 114)]),
    ("Essex worked collaboratively with Kent Police Research Team ... for Leicestershire "
     "Police to carry out the survey",
     [("Kent Police", "Kent Police", 34), ("Leicestershire Police", "Leicestershire Police", 68)]),
    ("Establish a young people subgroup to understand and target the root cause of youth "
     "violence (youth IAG).",
     [("Independent Advisory Group", "youth IAG", 93)]),
    ("Regularly attend and support the Strategic and Local IAGs",
     [("Independent Advisory Group", "IAGs", 53)]),
    ("YOTS - coordination of activity", [("Youth Offending Team", "YOTS", 0)]),
]


@pytest.mark.parametrize("text, expected", REAL_TEXTS)
def test_mentions_in_real_plan_texts(text, expected):
    assert spans(text) == expected
    for name, evidence, start in expected:
        assert text[start:start + len(evidence)] == evidence


# Every entry the six Essex plan workbooks name, anywhere in any cell.
NAMED_IN_PLANS = {
    "British Transport Police", "Channel Panel", "Children's Social Care",
    "College of Policing", "Community Safety Hub", "Community Safety Partnership",
    "Crimestoppers", "Crown Prosecution Service",
    "Cyber Security Information Sharing Partnership", "Domestic Homicide Review",
    "Drive Project", "Eastern Region Special Operations Unit", "Essex County Council",
    "Essex County Fire and Rescue Service", "Gangsline",
    "HM Inspectorate of Constabulary and Fire & Rescue Services",
    "Independent Advisory Group", "Independent Domestic Violence Adviser",
    "Independent Sexual Violence Adviser", "Investigations Improvement Board",
    "Kent Police", "Leicestershire Police", "Licensing Committee",
    "Lifetime Offender Regional Management Meeting", "Local Criminal Justice Board",
    "Local Policing Area Serious and Organised Crime Board",
    "Multi-Agency Child Exploitation Meeting",
    "Multi-Agency Public Protection Arrangements",
    "Multi-Agency Risk Assessment Conference", "Multi-Agency Risk Assessment Team",
    "Multi-Agency Safeguarding Hub", "National Health Service", "Neighbourhood Watch",
    OPFCC, "Operation Raptor", "PREVENT Board", "Probation Service",
    "Protecting Vulnerable Persons Board", "Public Protection Programme Board", "SOS Bus",
    "Safer Essex", "Serious Acquisitive Crime Forum", "Sexual Assault Referral Centre",
    "Southend, Essex and Thurrock Child Sex Exploitation Strategic Board", SET_DA_BOARD,
    "Southend, Essex and Thurrock Perpetrator Task Group",
    "Southend, Essex and Thurrock Scrutiny Panel for Domestic Abuse", "Stop Hate UK",
    "Strategic Hate Crime Partnership", "Street Pastors", "Street Wardens",
    "Trading Standards", "Victim Support", "Youth Offending Team", "Youth Scrutiny Panel",
}


def test_entries_named_across_the_real_plans():
    found = set()
    workbooks = sorted(item for item in PLANS.iterdir() if item.name.endswith(".xlsx"))
    assert len(workbooks) == 6
    for item in workbooks:
        with resources.as_file(item) as path:
            for sheet in load_workbook(path, read_only=True).worksheets:
                for row in sheet.iter_rows(values_only=True):
                    for value in row:
                        found.update(names(value))
    assert found == NAMED_IN_PLANS


# --- matching rules ---------------------------------------------------------

LOOKALIKES = [
    "CPSO", "The PCSO and CPSOs", "ECPS", "mace", "a Mace", "MACED",
    "smashed", "mashed potato", "Mash", "Trading", "trading hours", "Health and safety",
    "health & safety checks", "HEALTH AND SAFETY", "a new channel", "Channel 4", "a cop",
    "nca", "csp", "iag", "Southend", "Thurrock", "Kent", "Essex", "DA Board",
    "Prevent", "IAGO", "CPS2", "2CPS", "Community Safety",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_not_mentions(text):
    assert GAZ.find_mentions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("SET DA Board", [(SET_DA_BOARD, "SET DA Board", 0)]),
    ("Southend Essex Thurrock Domestic Abuse Board",
     [(SET_DA_BOARD, "Southend Essex Thurrock Domestic Abuse Board", 0)]),
    ("Southend,  Essex & Thurrock Domestic-Abuse Board",
     [(SET_DA_BOARD, "Southend,  Essex & Thurrock Domestic-Abuse Board", 0)]),
    ("Essex Hate Crime Strategic Partnership",
     [("Strategic Hate Crime Partnership", "Essex Hate Crime Strategic Partnership", 0)]),
    ("the Office of the Police and Crime Commissioner",
     [(OPFCC, "Office of the Police and Crime Commissioner", 4)]),
    ("Multi Agency Safeguarding Hub", [("Multi-Agency Safeguarding Hub",
                                        "Multi Agency Safeguarding Hub", 0)]),
    ("Childrens Social Care", [("Children's Social Care", "Childrens Social Care", 0)]),
    ("Essex County Fire & Rescue Service",
     [("Essex County Fire and Rescue Service", "Essex County Fire & Rescue Service", 0)]),
    ("IAGs and IAG's", [("Independent Advisory Group", "IAGs", 0)]),
    ("MASH, then the MASH again", [("Multi-Agency Safeguarding Hub", "MASH", 0)]),
    ("MASH.", [("Multi-Agency Safeguarding Hub", "MASH", 0)]),
    ("(CPS)", [("Crown Prosecution Service", "CPS", 1)]),
    # Only letters and digits join words; an underscore separates them.
    ("MASH_team", [("Multi-Agency Safeguarding Hub", "MASH", 0)]),
    ("crimestoppers", [("Crimestoppers", "crimestoppers", 0)]),
    ("health and safety, then Health", [("National Health Service", "Health", 24)]),
    ("SET\u00a0DA\u00a0Board", [(SET_DA_BOARD, "SET\u00a0DA\u00a0Board", 0)]),
])
def test_matching_rules(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("value", [None, "", 3, 2.5, datetime.datetime(2019, 9, 1), b"CPS"])
def test_non_text_names_nothing(value):
    assert GAZ.find_mentions(value) == []


@pytest.mark.parametrize("name, expected", [
    ("mace", None), ("MACE", "Multi-Agency Child Exploitation Meeting"),
    ("cop", None), ("  Safer   Essex ", "Safer Essex"),
    ("Community Safety Hubs", "Community Safety Hub"), ("CSPs", "Community Safety Partnership"),
    ("Southend", None), ("", None), (None, None), (42, None),
])
def test_lookup(name, expected):
    entry = GAZ.lookup(name)
    assert (entry.name if entry else None) == expected


# --- reading a force's own CSV ------------------------------------------------

HEADER = "name,kind,acronym,aliases,note\n"
GOOD_ROW = "Crown Prosecution Service,partner,CPS,RASSO,Prosecutors\n"


def test_from_csv_reads_a_good_file(tmp_path):
    path = tmp_path / "force.csv"
    path.write_text("\ufeff" + HEADER + GOOD_ROW + "\n"
                    + '"Safer Essex",forum,,"Safer Essex Board","County board,\nmeets often"\n'
                    + "Kent Police,partner,,,\n", encoding="utf-8")
    gaz = Gazetteer.from_csv(path)
    assert gaz.entries() == [
        Entry("Crown Prosecution Service", "partner", "CPS", ("RASSO",), "Prosecutors"),
        Entry("Safer Essex", "forum", None, ("Safer Essex Board",), "County board,\nmeets often"),
        Entry("Kent Police", "partner", None, (), ""),
    ]
    assert [m.evidence for m in gaz.find_mentions("CPS and Kent Police")] == ["CPS", "Kent Police"]


def test_from_csv_round_trips_the_bundled_file(tmp_path):
    path = tmp_path / "copy.csv"
    path.write_text(CSV_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    assert Gazetteer.from_csv(str(path)).entries() == GAZ.entries()


BAD_FILES = [
    ("", 1, "the header must be name,kind,acronym,aliases,note"),
    ("name,kind,acronym,aliases\n" + GOOD_ROW, 1, "the header must be"),
    (HEADER + "Kent Police,force,,,A force\n", 2,
     "kind must be one of forum, partner, not 'force'"),
    (HEADER + GOOD_ROW + ",partner,,,No name\n", 3, "name must contain a letter or digit"),
    (HEADER + GOOD_ROW + "Kent Police,partner,,\n", 3, "expected 5 fields"),
    (HEADER + "Kent Police,partner,,,A force,extra\n", 2, "expected 5 fields"),
    (HEADER + "Kent Police,partner,,Kent||Kent Constabulary,A force\n", 2, "empty alias"),
    (HEADER + "Kent Police,partner,&,,A force\n", 2, "acronym must contain a letter or digit"),
    (HEADER + GOOD_ROW + "Kent Police,partner,,RASSO,A force\n", 3,
     "'RASSO' already names 'Crown Prosecution Service' (line 2)"),
    (HEADER + GOOD_ROW + "Kent Police,partner,,cps,A force\n", 3, "'cps' already names"),
    (HEADER + "Licensing Committee,forum,,,\nLocal Boards,forum,,Licensing Committees,\n", 3,
     "'Licensing Committees' already names 'Licensing Committee' (line 2)"),
    (HEADER + '"Kent Police,partner,,,A force\n', 2, "unexpected end of data"),
    (HEADER + 'Safer Essex,forum,,,"two\nlines"\nKent Police,police,,,\n', 4,
     "kind must be one of"),
]


@pytest.mark.parametrize("content, line, message", BAD_FILES)
def test_from_csv_rejects_a_bad_file(tmp_path, content, line, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        Gazetteer.from_csv(path)
    text = str(caught.value)
    assert text.startswith(f"{path}, line {line}: "), text
    assert message in text


def test_from_csv_rejects_non_utf8(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "Kent Police,partner,,,Caf\xe9\n").encode("latin-1"))
    with pytest.raises(ValueError, match=re.escape(f"{path}: not UTF-8 text")):
        Gazetteer.from_csv(path)


def test_from_csv_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        Gazetteer.from_csv(tmp_path / "missing.csv")


def test_constructor_rejects_shared_spelling():
    cps = Entry("Crown Prosecution Service", "partner", "CPS", (), "")
    other = Entry("Crown Prosecution Services", "partner", None, (), "")
    with pytest.raises(ValueError, match="names both"):
        Gazetteer([cps, other])


# --- properties -----------------------------------------------------------------

TERMS = sorted({term for entry in GAZ.entries() for term in all_terms(entry)})
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(TERMS), st.text(max_size=4),
                       st.sampled_from([" ", "s ", "'s", "-", "&", "/", "(", "_", "é", "\u2019"])),
             max_size=12).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_mentions_are_exact_ordered_and_distinct(text):
    mentions = GAZ.find_mentions(text)
    entries = [mention.entry for mention in mentions]
    assert len(set(entries)) == len(entries)
    end = 0
    for mention in mentions:
        assert mention.evidence
        assert text[mention.start:mention.start + len(mention.evidence)] == mention.evidence
        assert mention.start >= end, "mentions never overlap and come in text order"
        assert mention.start == 0 or not text[mention.start - 1].isalnum()
        end = mention.start + len(mention.evidence)
        assert end == len(text) or not text[end].isalnum()
        assert GAZ.lookup(mention.evidence) is mention.entry


@pytest.mark.parametrize("term", ["CPS", "MASH", "SET DA Board", "Crimestoppers", "CoP"])
@pytest.mark.parametrize("before, after", [
    ("x", ""), ("", "x"), ("1", ""), ("", "1"), ("é", ""), ("", "é")])
def test_terms_glued_to_letters_or_digits_are_not_mentions(term, before, after):
    assert GAZ.find_mentions(before + term + after) == []


def _every_term_tried(gazetteer: Gazetteer, text: str) -> list[tuple[int, int, Entry]]:
    """The candidates as found before the index: every term run over the text."""
    blocked = [m.span() for m in gazetteer_module._NOT_MENTIONS.finditer(text)]
    return [(m.start(), m.end(), term.entry) for term in gazetteer._terms for m in term.pattern.finditer(text)
            if not any(m.start() < stop and begin < m.end() for begin, stop in blocked)]


CASED_TEXTS = st.lists(st.one_of(st.sampled_from(TERMS).flatmap(
    lambda t: st.sampled_from([t, t.upper(), t.lower(), t.title(), t.replace("'", ""), t.replace(" ", "-")])),
    st.text(max_size=4), st.sampled_from([" ", "s ", "'s", "\u2019s", "&", "_", "\u0130", "\u00df", "(", "."])),
    max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(CASED_TEXTS)
def test_the_index_tries_every_term_that_matches(text):
    assert sorted(GAZ._candidates(text), key=repr) == sorted(_every_term_tried(GAZ, text), key=repr)


@pytest.mark.parametrize("term, text", [
    ("Children's Social Care", "childrens social care"), ("Children's Social Care", "CHILDREN’S SOCIAL CARE"),
    ("O'Neill House", "ONeill House"), ("(Youth) Panel", "the (Youth) Panel"), ("A&E Liaison", "A & E liaison"),
    ("Straße Forum", "the STRAßE forum"), ("CoP", "the CoPs"), ("under_score Board", "under_score Board")])
def test_the_index_finds_terms_written_other_ways(term, text):
    gazetteer = Gazetteer([Entry(term, "forum", None, (), "")])
    assert gazetteer._candidates(text) == _every_term_tried(gazetteer, text) != []
