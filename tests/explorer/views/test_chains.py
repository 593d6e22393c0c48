"""explorer.views.chains: a chain as rows, the plan map's filters and the
whole plan's findings, read off the Essex plans."""

from __future__ import annotations

import datetime as dt

from analyses import chains
from analyses.warnings import Trouble
from explorer import answers
from explorer.views.chains import (chain_table, conflicts_table, cycles_table, filter_options, filter_tasks,
                                   hubs_table, longest_table, tasks_table)

KC = "Violence - Knife crime"


def test_chain_table_of_knife_crime_28(tok):
    steps = answers.chain(tok, f"{KC}#28", "up", 1, True, dt.date(2019, 1, 1))
    table = chain_table(steps, answers.tasks(tok))
    assert table["no."].tolist() == ["1", "2", "8", "23", "24"] and set(table["depth"]) == {1}
    first = table.iloc[0].to_dict()
    assert first["owners"] == "PW" and first["due"] == "2018-06-15" and first["status"] == "planned"
    assert first["evidence"] == "Linked to actions (1) (2) (8) (23) (24)" and first["where"].endswith(f"{KC} › G31")
    assert first["reached from"] == f"{KC} #28" and first["link"] == "reference"
    assert first["warning"] == ("depends on an overdue task: due 2018-06-15, waits on one due 2018-06-15 "
                                "(review date)")


def test_link_warnings_mark_the_two_cycles_of_knife_crime_2(tok):
    warnings = answers.warnings(tok, True, dt.date(2018, 1, 1))
    assert {pair for pair, found in warnings.items() if any(w.trouble is Trouble.CYCLE for w in found)} == {
        (f"{KC}#2", f"{KC}#17"), (f"{KC}#17", f"{KC}#2"), (f"{KC}#2", f"{KC}#18"), (f"{KC}#18", f"{KC}#2")}


def test_filters_keep_what_every_filter_keeps(tok):
    tasks, links = answers.tasks(tok), answers.links(tok, True)
    assert filter_tasks(tasks, links, areas=["Hate Crime"], linked_only=True) == []
    frost = filter_tasks(tasks, links, owners=["DCI Jasmine Frost"])
    assert len(frost) == 21 and {k.split("#")[0] for k in frost} == {"Violence - Gangs"}
    kc_prepare = filter_tasks(tasks, links, workstreams=[KC], strands=["Prepare"], statuses=["planned"])
    assert f"{KC}#28" in kc_prepare and all(k.startswith(KC) for k in kc_prepare)
    options = filter_options(tasks)
    assert options["strands"] == ["Prevent", "Pursue", "Protect", "Prepare"]
    assert len(options["areas"]) == 9 and "CI Sam Smith" in options["owners"]


def test_plan_tables(tok):
    tasks = answers.tasks(tok)
    found = answers.chain_overview(tok, True, dt.date(2018, 1, 1))
    hubs = hubs_table(tasks, found["hubs"])
    assert hubs.iloc[0][["task", "cited by", "waiting on it in all"]].tolist() == ["Violence - Gangs #5", 3, 12]
    assert cycles_table(tasks, found["cycles"])["cycle"].tolist() == [
        f"{KC} #2 → {KC} #17 → {KC} #2", f"{KC} #2 → {KC} #18 → {KC} #2"]
    longest = longest_table(tasks, found["longest_chains"])
    assert longest.iloc[0]["tasks"] == 9 and longest.iloc[0]["chain (first to last)"].startswith(
        "Violence - Gangs #2 → Violence - Gangs #21")
    conflicts = conflicts_table(tasks, found["schedule_conflicts"])
    assert set(conflicts["problem"]) <= {chains.EARLIER, chains.OVERDUE}
    assert tasks_table(tasks, [f"{KC}#28"]).iloc[0].to_dict() == {
        "area": "Gangs & Knife Crime", "workstream": KC, "no.": "28",
        "task": "Use social media to engage and empower young people to make the right decisions",
        "owners": "CI Sam Smith", "due": "2018-06-15", "status": "planned", "strands": "Prepare", "key": f"{KC}#28"}
