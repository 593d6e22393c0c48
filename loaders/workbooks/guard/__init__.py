"""One guarded way into a workbook, for hostile and broken files.

Every plan file is read through this package: its kind told by content
(:mod:`.kinds`), its package checked before parsing (:mod:`.package`),
each part unpacked in chunks within limits (:mod:`.stream`), sheets
streamed cell by cell (:mod:`.sheetxml`), merges filled within limits
(:mod:`.books`). The limits are one frozen dataclass (:mod:`.limits`);
every failure is a :class:`WorkbookError` naming the file and the cause.
"""

from .books import Grid, open_package, read_book_sheets
from .errors import WorkbookError
from .kinds import file_kind, sniff
from .limits import DEFAULT_LIMITS, Deadline, Limits
from .stream import Budget

__all__ = ["Budget", "Deadline", "DEFAULT_LIMITS", "Grid", "Limits", "WorkbookError", "file_kind",
           "open_package", "read_book_sheets", "sniff"]
