"""How plans write that one task needs another, and what looks like it but is not.

A cite has a class of meaning (``kind``) and a wording from that class; the
wordings are written as people write them, with ``{r}`` for the refs named
and ``{thing}`` for what passes between the tasks. Essex's own forms
("Linked to actions (1) (2) (8)") are one class; the grammar classes of the
other layouts are need, use, continue, wait, link, reverse ("needed by
4"), bare refs in a Dependencies column and "see 3.2". Plans naming tasks
by plain numbers cite another workstream by its name ("See the Hate Crime
plan, action 4"). A dangling cite names a ref no task has. Decoys are words
that look like refs and are not ("£450k", "Phase 2", "15/6/18", "Was action
3.4 in the 2024/25 plan").

:func:`render` writes one cite given how the template writes refs.

Examples
--------
>>> render("need", 0, ["2.1"])
'Requires 2.1'
>>> render("essex", 2, ["1", "2", "8"])
'Linked to Actions (1) (2) (8)'
>>> render("reverse", 2, ["E1.13"])
'E1.13 will be built from this.'
>>> render("bare", 0, ["1.3", "2.4"])
'1.3, 2.4'
>>> render("cross", 0, ["4"], workstream="Hate Crime")
'See the Hate Crime plan, action 4'
"""

from __future__ import annotations

import random

__all__ = ["WORDINGS", "render", "decoy", "join_refs", "ESSEX_ARITY"]

WORDINGS: dict[str, tuple[str, ...]] = {
    "need": ("Requires {r}", "Depends on {r}", "Dependent upon {r}", "Needs {r} in place first",
             "Relies on the {thing} from {r}", "Cannot start until {r} is signed off", "Subject to {r} being agreed",
             "Prerequisite – {r}", "Needs the {thing} from {r}", "Reliant on {r}"),
    "use": ("Uses data from {r}", "Builds on {r}", "Draws on the {thing} from {r}", "Uses the {thing} from {r}",
            "Based on the {thing} from {r}", "Picks up the {thing} from {r}"),
    "continue": ("Part two of {r}", "Follow-on from {r}", "This continues the work started in {r}.",
                 "Extends {r}", "Next phase of {r}"),
    "wait": ("Waits for {r}", "Only once {r} is signed off", "Follows completion of {r}",
             "Starts after {r} is running", "Triggered by {r}", "Blocked until {r} done"),
    "link": ("Linked with {r}", "Linked to {r}", "Tied in with {r}"),
    "reverse": ("Needed by {r}", "Feeds into {r}", "{r} will be built from this.", "{r} waits on this.",
                "The {thing} built here will be used by {r}.", "Informs {r}"),
    "bare": ("{r}",),
    "weak": ("see {r}",),
    "essex": ("Linked to action ({a})", "Linked to Action ({a})", "Linked to Actions {p}", "Linked to actions {p}",
              "Linked to ({a}) & ({b})", "Linked to {a} & {b}.", "Linked to action {a}.",
              "This is linked to actions {p} - {narrative}", "Action ({a}) will be fundamental to this area",
              "This can be linked to actions {a}/{b} - discussion required.", "Linked to action ({a}) & ({b})"),
    "cross": ("See the {workstream} plan, action {r}", "action {r} of the {workstream} plan",
              "Needs {workstream} action {r}"),
    "hedged": ("This MAY be linked to work in {workstream} area re {topic}.",
               "This may be linked to work under {workstream}."),
    "dangling": ("Requires {r}", "Depends on {r}", "Linked to action ({a})"),
}
# How many refs an Essex wording names (None: any number, written "(1) (2) (8)").
ESSEX_ARITY = (1, 1, None, None, 2, 2, 1, None, 1, 2, 2)

_THINGS = ("hotspot list", "referral route", "data", "risk list", "funding", "protocol", "training materials",
           "problem profile", "contact points", "case list")
_NARRATIVE = ("what educational messaging is available to inform activity ?", "review of current practice required.",
              "meeting with partners requested.", "JF to task review.", "key element is consistent messaging.")


def join_refs(refs: list[str], wording: int = 0) -> str:
    """"2.1", "2.1 and 2.5", "1.3, 2.4", "1, 2 and 7"."""
    if len(refs) == 1:
        return refs[0]
    if wording % 2:
        return ", ".join(refs)
    return ", ".join(refs[:-1]) + " and " + refs[-1]


def render(kind: str, wording: int, refs: list[str], *, workstream: str = "", topic: str = "") -> str:
    """One cite of ``kind`` in wording number ``wording``, naming ``refs``."""
    pattern = WORDINGS[kind][wording % len(WORDINGS[kind])]
    thing = _THINGS[(wording + len(refs[0]) if refs else wording) % len(_THINGS)]
    values = {"r": join_refs(refs, wording) if kind != "bare" else ", ".join(refs),
              "a": refs[0] if refs else "", "b": refs[1] if len(refs) > 1 else (refs[0] if refs else ""),
              "p": " ".join(f"({r})" for r in refs), "thing": thing, "workstream": workstream, "topic": topic,
              "narrative": _NARRATIVE[wording % len(_NARRATIVE)]}
    return pattern.format(**values)


def decoy(rng: random.Random, *, real_ref: str, plain_numbers: bool, prev_year: str) -> str:
    """Words that look like a ref, or name one, without meaning a link."""
    choices = [
        f"£{rng.choice((2, 5, 12, 450))}k from the PCC's fund pays for this.",
        "Phase 2 starts in the autumn.", "Scope agreed at the meeting on 15/6/18.", "Funded for 5 years.",
        "As set out in section 2.1 of the statutory guidance.", "Charging advice requested on form MG-3.",
        f"Was action {real_ref} in the {prev_year} plan.", f"Replaces action 6 of the {prev_year} plan.",
        "2 officers per patrol on each night.",
    ]
    if not plain_numbers:
        choices += ["Reviews meet in Room 1.12 at the council offices.", "Budget code 3.2.1 (revenue).",
                    f"Shares a budget line with {real_ref}.", f"Not linked to {real_ref}."]
    return rng.choice(choices)
