"""The words that point from one action to another, as classes of meaning.

Planners say that one action needs another in many ways: "Requires 2.1",
"Relies on the route from E3.6", "Builds on 2.5", "Follows completion of
3.1", "Cannot start until 1.10 is signed off", "Part two of PV-1". Each
phrase belongs to a class, and the class, not the phrase, is what the
reader uses:

=========  ==============================================  ===================
class      what it says                                    e.g.
=========  ==============================================  ===================
link       the author links the two                        linked with, tied to
need       this needs the other                            requires, relies on,
                                                           depends on, subject to
use        this uses what the other makes                  uses, draws on, comes
                                                           through, picked from
continue   this carries the other on                       continues, part two of,
                                                           follow-on from, extends
wait       this waits for the other                        after, once, until,
                                                           awaiting, triggered by
reverse    the other needs this                            used by, needed by,
                                                           feeds, leads into,
                                                           enables, before
weak       points, no more                                 see, under, from, via
shared     the two share something, neither waits          same grant as,
                                                           alongside, shares
replace    another version of the same action              replaces, was task,
                                                           formerly
negate     says there is no link                           not linked to,
                                                           independent of
=========  ==============================================  ===================

Verbs are written as stems with their endings ("rel(y|ies|ied|ying) on"), so
"relied on" and "relying upon" are the same word to the reader. Where two
phrases overlap the earlier-starting wins ("not linked to" is a negation,
"needed by" a reversal, "cannot start before" a need), so the classes are
tried most specific first.

Examples
--------
>>> [(p.kind, p.text) for p in find_phrases("Needs the list from E2.9; PT-4 waits on this.")]
[('need', 'Needs'), ('weak', 'from'), ('wait', 'waits on')]
>>> [p.kind for p in find_phrases("Not linked to 2.3. The route will be used by E3.7.")]
['negate', 'reverse']
>>> bool(HEDGE.search("This may be linked to")), bool(HEDGE.search("due in May 2018"))
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Phrase", "find_phrases", "CLASSES", "EXPLICIT", "HEDGE", "SELF", "KEYWORD"]

# Each class as phrases; a space stands for any run of spaces.
_WORDS: dict[str, tuple[str, ...]] = {
    "negate": (
        r"not (?:\w+ )?(?:linked|connected|related|dependent|dependant|reliant|tied|needed|required|waiting)",
        r"no (?:\w+ )?(?:links?|dependenc(?:y|ies)|connections?|overlap)",
        r"(?:does|do|did|is|are|will|should|need)(?: not|n[’']t) (?:\w+ )?(?:depend|rely|need|require|use|link|wait|follow|build)",
        r"independent(?:ly)? (?:of|from)", r"no longer", r"regardless of", r"irrespective of",
        r"unrelated to", r"unconnected (?:to|with)", r"separate (?:from|to)", r"decoupled from",
        r"nothing to do with",
        r"(?:previously|formerly|originally|once) (?:\w+ )?(?:linked|connected|tied|dependent|dependant|reliant)",
    ),
    "need": (
        r"(?:cannot|can[’']t|can not|won[’']t|will not|not to) (?:\w+ ){0,3}?(?:before|without)",
        r"need(?:s|ed|ing)?(?! by| for| in)", r"requir(?:e|es|ed|ing)(?! by| for| in)",
        r"requirements? (?:for|from|of)", r"rel(?:y|ies|ied|ying) (?:on|upon)(?! by)", r"reliant (?:on|upon)",
        r"reliance (?:on|upon)", r"depend(?:s|ed|ing|ent|ant)? (?:on|upon)", r"dependen(?:cy|cies)(?: on| upon)?",
        r"pre-?req(?:uisite)?s?(?! (?:for|to|of)\b)", r"pre-?conditions?(?! (?:for|to|of)\b)",
        r"subject to", r"condition(?:al)? (?:on|upon)", r"contingent (?:on|upon)", r"hinges? on",
        r"without", r"only (?:if|when)", r"depends(?=\s?:)", r"predecessors?(?=\s?:)",
        r"(?:enabled|supported|preceded|unblocked|unlocked|informed|made possible) by",
        r"(?:provided|supplied|produced|generated|funded|resourced|sourced|given) by",
    ),
    "reverse": (
        r"(?:used|reused|needed|required|relied (?:on|upon)|built (?:on|upon)|drawn on|picked up|taken (?:forward|up)"
        r"|continued|awaited|waited (?:on|for)|followed(?: up)?) (?:by|in|for|into)", r"fed (?:in)?to",
        r"feed(?:s|ing)?(?: into| through to)?(?! from| off)", r"lead(?:s|ing)? (?:in)?to", r"led (?:in)?to",
        r"enabl(?:e|es|ed|ing)", r"unblock(?:s|ed|ing)?", r"unlock(?:s|ed|ing)?", r"paves? the way for",
        r"pre-?requisite (?:for|to|of)", r"pre-?condition (?:for|to|of)", r"precursor (?:to|of|for)",
        r"first step (?:to|towards|for)", r"before", r"ahead of", r"in advance of", r"prior to",
        r"preced(?:e|es|ing)", r"in time for", r"inform(?:s|ing)?", r"input (?:to|into|for)",
        r"(?:necessary|essential|vital|critical) (?:for|to)",
        r"(?:pass(?:es|ed)?|go(?:es)?|went|sent|sends?|reported|reports?|fed|feeds?|hand(?:s|ed)?) (?:back |over |on )?to",
        r"makes? possible", r"contribut(?:e|es|ed|ing) (?:to|towards)",
        r"in support of", r"support(?:s|ed|ing)?", r"block(?:s|ing)?", r"holds? up", r"successors?(?=\s?:)",
        r"predecessor (?:to|of|for)",
    ),
    "link": (
        r"link(?:s|ed|ing)? (?:in )?(?:to|with)", r"links?(?=\s?:)", r"linked(?=\s?:)", r"tied (?:in )?(?:to|with)",
        r"ties? in with", r"connect(?:s|ed|ing)? (?:to|with)", r"relat(?:es|ed|ing) to", r"associated with",
        r"in conjunction with", r"interdependen(?:t|cy|cies) with", r"cross-?ref(?:erence)?d?(?: to)?",
        r"see also", r"refers? to", r"as per", r"cf\.?", r"overlaps? with", r"aligned (?:to|with)",
        r"part of", r"belongs? to",
    ),
    "use": (
        r"us(?:e|es|ed|ing)", r"reus(?:e|es|ed|ing)", r"draw(?:s|n|ing)? (?:on|upon|from)",
        r"drew (?:on|from)", r"build(?:s|ing)? (?:on|upon|from)", r"built (?:on|upon|from)", r"based on",
        r"fed (?:by|from)", r"feeds? (?:from|off)", r"tak(?:e|es|en|ing) from", r"took from",
        r"com(?:e|es|ing) (?:through|from|via|out of)", r"came (?:through|from|via)",
        r"pick(?:s|ed|ing)? (?:up )?(?:from|where)", r"pick(?:s|ed|ing)? up", r"sourced from",
        r"receiv(?:e|es|ed|ing) from", r"gets? from", r"leverag(?:e|es|ed|ing)",
    ),
    "continue": (
        r"continu(?:e|es|ed|ing|ation)(?: of| from| on from)?", r"follow[- ]?on (?:from|to|of)",
        r"follow[- ]?up (?:to|of|from|on)", r"part (?:two|three|four|2|3|4|ii|iii|b|c) of",
        r"(?:second|third|next|final|later) (?:part|phase|stage|step) of",
        r"(?:phase|stage|step) (?:two|three|2|3|ii|iii) of", r"extend(?:s|ed|ing)?", r"extension of",
        r"expand(?:s|ed|ing)?(?: on)?", r"scal(?:e|es|ed|ing) up", r"roll(?:s|ed|ing)? out",
        r"carr(?:y|ies|ied|ying) on(?: from)?", r"tak(?:e|es|en|ing) forward", r"successor (?:to|of)",
        r"(?:sequel|follow-?up) to", r"next iteration of", r"repeat(?:s|ed)? of",
    ),
    "wait": (
        r"after", r"following", r"follow(?:s|ed)?(?! by)", r"once", r"until", r"till", r"await(?:s|ed|ing)?",
        r"wait(?:s|ed|ing)? (?:for|on|until)", r"pending", r"in the wake of", r"triggered by",
        r"prompted by", r"start(?:s|ed|ing)? (?:when|after|once)", r"(?:up)?on completion of",
        r"completion of", r"on the back of", r"blocked by", r"held up by", r"delayed (?:by|until)",
        r"on hold (?:for|until|pending)",
    ),
    "replace": (
        r"replac(?:e|es|ed|ing)", r"supersed(?:e|es|ed|ing)", r"instead of", r"formerly", r"previously",
        r"was (?:task|action|ref|item|number|no\.?)", r"renamed", r"renumbered", r"merged (?:into|with)",
        r"(?:old|former|previous) (?:ref|number|no\.?)", r"used to be",
    ),
    "shared": (
        r"shar(?:e|es|ed|ing)", r"(?:the )?same (?:[\w'’-]+ ){0,5}?as", r"alongside", r"together with",
        r"as well as", r"in addition to", r"in common with", r"jointly with", r"co-?funded with",
        r"similar to", r"unlike", r"(?:just )?like", r"compar(?:e|es|ed|ing) (?:with|to)", r"as with",
        r"combined with", r"in parallel with", r"at the same time as", r"concurrent(?:ly)? with",
        r"joint(?:ly)? (?:\w+ )?with",
    ),
    # Prepositions of where a thing comes from: "signed up through RUR-02",
    # "the baseline set in ASB-1" (a thing made in another action).
    "weak": (r"see", r"under", r"from", r"per", r"via", r"through", r"by way of",
             r"(?:set|agreed|defined|described|established|identified|listed|mapped|produced|published|recorded"
             r"|outlined|developed|built|created|made|found|gathered|collected) (?:in|at|under|during)"),
}

CLASSES = tuple(_WORDS)
# Classes that say outright that one action needs or is tied to another.
EXPLICIT = frozenset({"link", "need", "use", "continue", "wait", "reverse"})



def _class_pattern(kind: str, phrases: tuple[str, ...]) -> str:
    words = "|".join(p.replace(" ", r"\s+") for p in phrases)
    return rf"(?P<{kind}>{words})"


# Every phrase starts a word with a letter: checking that once at each place,
# before trying the ~200 phrases, makes reading a cell about twice as fast.
_PHRASE = re.compile(r"(?<![\w-])(?=[a-z])(?:"
                     + "|".join(_class_pattern(kind, phrases) for kind, phrases in _WORDS.items())
                     + r")(?![\w-])", re.I)

# Words that hedge: "may be linked", "possibly", "TBC". "May" the month is not
# one: "may" hedges only before a verb.
HEDGE = re.compile(
    r"\b(?:might|could|possibly|perhaps|potentially|probably|maybe|likely|tbc|tbd|to be confirmed"
    r"|may(?=\s+(?:also\s+|well\s+)?(?:be|have|need|depend|require|link|use|rely|follow|wait|build|draw|feed)\b))\b",
    re.I,
)

# "this", "here": the citing action itself, as in "PT-4 waits on this".
SELF = re.compile(r"\b(?:this|it|here|these|us)\b", re.I)

# The words that name an action before its ref: "action 7", "task no. 3", "#4".
KEYWORD = re.compile(
    r"(?:\b(?:actions?|tasks?|refs?|items?|activit(?:y|ies))\b\.?\s*:?\s*(?:(?:no|nos|number)\b\.?\s*)?"
    r"|\b(?:no|nos)\.\s*|\#\s*)$",
    re.I,
)


@dataclass(frozen=True)
class Phrase:
    """A pointing phrase: its class (``kind``), the words and where."""

    kind: str
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def find_phrases(text: str, start: int = 0, end: int | None = None) -> list[Phrase]:
    """The pointing phrases of ``text[start:end]``, in order. Never raises."""
    if not isinstance(text, str):
        return []
    end = len(text) if end is None else end
    return [Phrase(m.lastgroup or "", m.group(), m.start()) for m in _PHRASE.finditer(text, start, end)]
