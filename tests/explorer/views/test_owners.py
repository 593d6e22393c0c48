"""explorer.views.owners: owners' load, spellings and concentration, read off the Essex plans."""

from __future__ import annotations

from explorer import answers
from explorer.views.owners import (concentration_table, owner_chart_data, owner_tasks_table, owners_table,
                                   spellings_table)

KC = "Violence - Knife crime"


def test_owner_tables_hold_ci_sam_smith_with_26_tasks(tok):
    found = answers.workload(tok, None)
    loads = found["owners"]
    table = owners_table(loads)
    assert table.iloc[0][["owner", "tasks", "open", "overloaded"]].tolist() == ["CI Sam Smith", 26, 26, True]
    chart = owner_chart_data(loads, by="area")
    assert chart[chart["owner"] == "CI Sam Smith"][["area", "tasks", "total"]].values.tolist() == [
        ["Gangs & Knife Crime", 26, 26]]
    spellings = spellings_table(loads[0].spellings)
    assert spellings[["written as", "times", "sheet"]].values.tolist() == [
        ["SS", 26, KC], ["C/Insp Sam Smith", 1, "Strand Leads & Review Dates"]]
    assert spellings.iloc[1]["cells"] == "G5" and spellings.iloc[0]["cells"].startswith("I5, I6, I7")
    tasks = owner_tasks_table("sam smith", answers.owner_tasks(tok), answers.tasks(tok))
    assert len(tasks) == 26 and set(tasks["written as"]) == {"SS"} and tasks.iloc[0]["cell"] == "I5"
    conc = concentration_table(found["concentration"])
    assert conc.iloc[0][["workstream", "busiest owner", "their tasks", "tasks", "share", "flagged"]].tolist() == [
        "Violence - Night Time Economy", "CI Shaun Kane", 23, 25, 92, True]


def test_spellings_keep_brackets_in_file_names(tok):
    loads = answers.workload(tok, None)["owners"]
    spellings = spellings_table(loads[0].spellings)
    assert "Crime Prevention 4Ps (Gangs, knives & NTE).xlsx" in set(spellings["file"])
