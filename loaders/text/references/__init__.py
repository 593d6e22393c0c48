"""References from one task to another, written by hand in a plan's cells.

Planners cite other actions in free text, in many ways: "Linked to Actions
(1) (2) (8)", "As above", "Relies on the referral route from E3.6", "Part
two of PV-1", "PT-4 waits on this", "Cannot start until 1.10 is signed
off". Two readers share the work:

* :mod:`.phrases` (:func:`find_references`) reads the lead phrases that need
  no knowledge of the plan: "Linked to ...", "Depends on ...", "As above",
  'linked to "Crimestoppers" action in Prevent section', "linked to work in
  USG area", "duplicate of task no.11".
* :mod:`.mentions` (:func:`read_mentions`) starts from the refs the load
  holds (:class:`RefIndex`, :mod:`.tokens`) and judges each one a cell names
  by the words of its clause: pointing words in classes of meaning
  (:mod:`.words`), and the contexts where a ref-shaped token is plainly
  something else (:mod:`.contexts`).

:mod:`.predecessors` reads a project tool's Predecessors column ("14FS+5
days;12").

Examples
--------
>>> [r.target for r in find_references("Linked to Actions (1) (2) (8)")]
['1', '2', '8']
>>> index = RefIndex([("A#PV-1", "PV-1", "A"), ("B#PT-4", "PT-4", "B")])
>>> [(m.ref, m.task, m.verdict) for m in read_mentions("Part two of PV-1; needs PT4 live", "notes", index, "B")]
[('PV-1', 'A#PV-1', 'link'), ('PT4', 'B#PT-4', 'link')]
>>> [(p.row_id, p.link_type, p.lag) for p in read_predecessors("47;40SS;14FS+5 days")]
[('47', 'FS', None), ('40', 'SS', None), ('14', 'FS', '+5 days')]
"""

from .mentions import BARE_FIELDS, NOT_LINKED_BECAUSE, POINTED_FIELDS, VERDICTS, Mention, read_mentions
from .phrases import KINDS, RELATIONS, Reference, find_references
from .predecessors import LINK_TYPES, Predecessor, read_predecessors
from .tokens import RefIndex, RefToken, find_ref_tokens, ref_form

__all__ = [
    "Reference", "find_references", "KINDS", "RELATIONS",
    "Mention", "read_mentions", "VERDICTS", "NOT_LINKED_BECAUSE", "BARE_FIELDS", "POINTED_FIELDS",
    "RefIndex", "RefToken", "find_ref_tokens", "ref_form",
    "Predecessor", "read_predecessors", "LINK_TYPES",
]
