"""Due dates and status read from the When cells of the Essex plans."""

from __future__ import annotations

import pytest

from graphmodel import Label


@pytest.mark.parametrize("task, when, due, precision, status", [
    ("House Burglary & Street Robbery#3", "2018-10-01", "2018-10-31", "month", "planned"),  # an Excel date, Oct-18
    ("Violence - Gangs#1", "1st review 28/7/18", "2018-07-28", "day", "planned"),
    ("House Burglary & Street Robbery#5", "COMPLETED", None, "", "completed"),
    ("House Burglary & Street Robbery#9", "End July 2018", "2018-07-31", "month", "planned"),
    ("House Burglary & Street Robbery#6", "Ongoing until Sept 2018", "2018-09-30", "month", "ongoing"),
    ("House Burglary & Street Robbery#1", "Effective immediate", None, "", "ongoing"),
    ("House Burglary & Street Robbery#2", "Quarterly", None, "", "recurring"),
    ("Organised Crime Groups#1", "On-going", None, "", "ongoing"),
    ("Organised Crime Groups#2", "Monthly", None, "", "recurring"),
    ("Organised Crime Groups#6", "Process under review", None, "", "under review"),
    ("Domestic Abuse#3", "Spring 2019", "2019-05-31", "season", "planned"),
    ("Domestic Abuse#16", "Autumn 2018", "2018-11-30", "season", "planned"),
    ("Sexual Crime, Child Abuse and Exploitation#31", "", None, "", "unknown"),
])
def test_when_cells(essex_graph, task, when, due, precision, status):
    t = essex_graph.get(Label.TASK, task)
    assert (t.when, t.due, t.due_precision, t.status) == (when, due, precision, status)


def test_review_dates_are_marked(essex_graph):
    gangs = [t for t in essex_graph.nodes(Label.TASK) if t.workstream == "Violence - Gangs"]
    assert all(t.due_is_review for t in gangs)
    assert not essex_graph.get(Label.TASK, "House Burglary & Street Robbery#3").due_is_review


def test_recurrence(essex_graph):
    assert essex_graph.get(Label.TASK, "Organised Crime Groups#2").recurrence == "monthly"
