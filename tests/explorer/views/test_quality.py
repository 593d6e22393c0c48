"""explorer.views.quality: every problem with its cell, errors first."""

from __future__ import annotations

from analyses.quality import quality_problems
from explorer import answers
from explorer.views.quality import problems_table

KC = "Violence - Knife crime"


def test_problems_table_puts_errors_first_with_their_cells(tok, essex_result, essex_graph):
    table = problems_table(answers.problems(tok))
    assert list(table.columns) == ["severity", "kind", "message", "file", "sheet", "cell", "code"]
    assert set(table[table["code"] == "unresolved-initials"]["kind"]) == {"initials no list of people gives"}
    assert len(table) == len(essex_result.problems) + len(quality_problems(essex_graph))  # as saved by the load
    assert table.iloc[0]["severity"] != "info" and table.iloc[-1]["severity"] == "info"
    cycles = table[table["code"] == "link-cycle"]
    # reported at the first task of each cycle by cell: #17 (E20) and #18 (E21), both round #2
    assert cycles[["sheet", "cell"]].values.tolist() == [[KC, "E20"], [KC, "E21"]]
