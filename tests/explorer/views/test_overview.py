"""explorer.views.overview: the Overview page's tables, read off the Essex plans."""

from __future__ import annotations

from explorer import answers
from explorer.views.overview import plans_table, status_by_area, status_long, strand_grid_table


def test_plans_table_lists_the_seven_workbooks_and_the_one_partly_replaced(tok):
    plans = plans_table(answers.plans(tok)).set_index("file")
    assert len(plans) == 7
    assert plans.loc["Crime Prevention 4P (Domestic Abuse & Hate Crime) - updated.xlsx", "date"] == "2018-06-20"
    assert plans.loc["DA & Extremism and Radicalisation Crime Prevention Delivery Plans.xlsx", "current"] == (
        "partly: replaced by Crime Prevention 4P (Domestic Abuse & Hate Crime) - updated.xlsx")
    assert plans.loc["Crime Prevention Strategy 2018-2021.xlsx", "kind"] == "strategy register"


def test_counts(tok):
    assert answers.counts(tok) == {"areas": 9, "workstreams": 10, "tasks": 212, "owners": 44, "links": 78,
                                   "forums": 35, "partners": 31, "plans": 7}


def test_strand_grid_and_status_by_area(tok):
    grid = strand_grid_table(answers.strand_grid(tok))
    assert grid.loc["Digital Crime & Fraud"].to_dict() == {"Prevent": 3, "Pursue": 3, "Protect": 6, "Prepare": 1,
                                                           "total": 13}
    status = status_by_area(answers.tasks(tok))
    assert status.loc["House Burglary & Street Robbery"].to_dict() == {
        "completed": 6, "ongoing": 4, "recurring": 1, "planned": 6, "under review": 0, "unknown": 0, "total": 17}
    assert status["total"].sum() == 212
    long = status_long(answers.tasks(tok))
    assert long[long["area"] == "House Burglary & Street Robbery"].set_index("status")["tasks"].to_dict() == {
        "completed": 6, "ongoing": 4, "recurring": 1, "planned": 6}
