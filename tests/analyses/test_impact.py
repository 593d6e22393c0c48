"""analyses.impact: the knock-on of a slip, on Essex, against a derivation
made here from the links and dates alone, and the same on both stores."""

from __future__ import annotations

import datetime as dt

import pytest

from analyses.impact import knock_on, slip_days
from graphmodel import Label, Rel

GANGS_5 = "Violence - Gangs#5"


def derive(graph, key: str, days: int) -> dict[str, dt.date]:
    """Earliest finish of every task the slip reaches: a fixpoint over the links (a task waits on its cited tasks)."""
    waits_on = {}
    for rel in graph.relationships(Rel.LINKED_TO):
        if rel.props.get("kind") != "duplicate":
            waits_on.setdefault(rel.start[1], set()).add(rel.end[1])
    due = {t.key: (dt.date.fromisoformat(t.due) if t.due else None) for t in graph.nodes(Label.TASK)}
    done = {t.key for t in graph.nodes(Label.TASK) if t.status == "completed"}
    finish = {key: due[key] + dt.timedelta(days=days)}
    changed = True
    while changed:
        changed = False
        for task, cited in waits_on.items():
            if task == key or task in done:
                continue
            reached = [finish[c] for c in cited if c in finish]
            if reached:
                best = max([*reached, *([due[task]] if due[task] else [])])
                if finish.get(task) != best:
                    finish[task], changed = best, True
    return {k: v for k, v in finish.items() if k != key}


def test_a_slip_of_gangs_5_hits_what_the_links_and_dates_say(essex_graph):
    expected = derive(essex_graph, GANGS_5, 42)
    found = knock_on(essex_graph, GANGS_5, days=42)
    assert found.new_due == "2018-07-27"
    late = {i.task: i.late_days for i in found.hit if i.late_days}
    due = {t.key: t.due for t in essex_graph.nodes(Label.TASK)}
    assert late == {k: (v - dt.date.fromisoformat(due[k])).days for k, v in expected.items()
                    if due[k] and v > dt.date.fromisoformat(due[k])}
    assert {i.task for i in found.hit if i.state == "unknown"} == {k for k in expected if not due[k]}
    assert len(late) >= 5


def test_a_task_with_no_date_is_unknown_never_on_time(essex_graph):
    found = knock_on(essex_graph, GANGS_5, days=42)
    for impact in found.hit:
        if impact.due is None:
            assert impact.state in ("unknown", "in a cycle") and impact.late_days is None


def test_as_of_a_later_day_an_open_task_slips_from_that_day(essex_graph):
    found = knock_on(essex_graph, GANGS_5, days=7, as_of=dt.date(2018, 9, 1))
    assert found.new_due == "2018-09-08"


def test_both_stores_give_the_same_knock_on(essex_in_both_stores):
    embedded, neo = essex_in_both_stores
    assert knock_on(embedded, GANGS_5, days=42) == knock_on(neo, GANGS_5, days=42)


@pytest.mark.parametrize("text, days", [("6w", 42), ("10d", 10), ("3", 3), ("2 months", 61), ("1 week", 7)])
def test_slips_as_people_write_them(text, days):
    assert slip_days(text) == days


def test_a_slip_that_is_not_one_is_said(essex_graph):
    with pytest.raises(ValueError, match="is not a slip"):
        slip_days("soon")
