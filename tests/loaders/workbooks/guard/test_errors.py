"""Messages name the file, never a folder on the server."""

from __future__ import annotations

from loaders.workbooks.guard.errors import WorkbookError, damaged, part_name, safe_text


def test_a_message_never_carries_the_servers_folders():
    text = safe_text("cannot read /srv/uploads/7f/plan.xlsx (in /srv/uploads/7f)", "/srv/uploads/7f/plan.xlsx")
    assert "/srv" not in text and "plan.xlsx" in text


def test_parts_are_named_in_words():
    assert part_name("xl/sharedStrings.xml") == "the text of the cells (xl/sharedStrings.xml)"
    assert part_name("xl/media/image1.png") == "a part of the file (xl/media/image1.png)"


def test_damage_says_what_to_do():
    error = damaged("plan.xlsx", "the cell formatting", "is not valid XML")
    assert isinstance(error, WorkbookError) and error.file == "plan.xlsx"
    assert error.message.startswith("damaged: the cell formatting is not valid XML: open it in Excel")
