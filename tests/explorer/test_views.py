"""explorer.views: the tables the pages show, read off the Essex plans."""

from __future__ import annotations

import datetime as dt

from explorer import views
from graphmodel import Label
from analyses import chains
from analyses import coverage
from analyses import forums
from analyses import owners
from analyses.quality import quality_problems

KC = "Violence - Knife crime"


def test_plans_table_lists_the_seven_workbooks_and_the_one_partly_replaced(essex_graph):
    plans = views.plans_table(essex_graph).set_index("file")
    assert len(plans) == 7
    assert plans.loc["Crime Prevention 4P (Domestic Abuse & Hate Crime) - updated.xlsx", "date"] == "2018-06-20"
    assert plans.loc["DA & Extremism and Radicalisation Crime Prevention Delivery Plans.xlsx", "current"] == (
        "partly: replaced by Crime Prevention 4P (Domestic Abuse & Hate Crime) - updated.xlsx")
    assert plans.loc["Crime Prevention Strategy 2018-2021.xlsx", "kind"] == "strategy register"


def test_counts(essex_graph):
    assert views.counts(essex_graph) == {"areas": 9, "workstreams": 10, "tasks": 212, "owners": 44, "links": 78,
                                         "forums": 35, "partners": 31, "plans": 7}


def test_strand_grid_and_status_by_area(essex_graph):
    grid = views.strand_grid_table(coverage.strand_grid(essex_graph))
    assert grid.loc["Digital Crime & Fraud"].to_dict() == {"Prevent": 3, "Pursue": 3, "Protect": 6, "Prepare": 1,
                                                           "total": 13}
    status = views.status_by_area(essex_graph)
    assert status.loc["House Burglary & Street Robbery"].to_dict() == {
        "completed": 6, "ongoing": 4, "recurring": 1, "planned": 6, "under review": 0, "unknown": 0, "total": 17}
    assert status["total"].sum() == 212
    long = views.status_long(essex_graph)
    assert long[long["area"] == "House Burglary & Street Robbery"].set_index("status")["tasks"].to_dict() == {
        "completed": 6, "ongoing": 4, "recurring": 1, "planned": 6}


def test_chain_table_of_knife_crime_28(essex_graph):
    steps = chains.upstream(essex_graph, f"{KC}#28", depth=1)
    table = views.chain_table(essex_graph, steps, direction="up",
                              warnings=views.link_warnings(essex_graph, today=dt.date(2019, 1, 1)))
    assert table["no."].tolist() == ["1", "2", "8", "23", "24"] and set(table["depth"]) == {1}
    first = table.iloc[0].to_dict()
    assert first["owners"] == "PW" and first["due"] == "2018-06-15" and first["status"] == "planned"
    assert first["evidence"] == "Linked to actions (1) (2) (8) (23) (24)" and first["cell"] == "G31"
    assert first["reached from"] == f"{KC} #28" and first["link"] == "reference"
    assert first["warning"] == ("depends on an overdue task: due 2018-06-15, waits on one due 2018-06-15 "
                                "(review date)")


def test_link_warnings_mark_the_two_cycles_of_knife_crime_2(essex_graph):
    warnings = views.link_warnings(essex_graph, today=dt.date(2018, 1, 1))
    assert {pair for pair, notes in warnings.items() if "in a cycle" in notes} == {
        (f"{KC}#2", f"{KC}#17"), (f"{KC}#17", f"{KC}#2"), (f"{KC}#2", f"{KC}#18"), (f"{KC}#18", f"{KC}#2")}


def test_filters_keep_what_every_filter_keeps(essex_graph):
    assert views.filter_tasks(essex_graph, areas=["Hate Crime"], linked_only=True) == []
    frost = views.filter_tasks(essex_graph, owners=["DCI Jasmine Frost"])
    assert len(frost) == 21 and {k.split("#")[0] for k in frost} == {"Violence - Gangs"}
    kc_prepare = views.filter_tasks(essex_graph, workstreams=[KC], strands=["Prepare"], statuses=["planned"])
    assert f"{KC}#28" in kc_prepare and all(k.startswith(KC) for k in kc_prepare)
    options = views.filter_options(essex_graph)
    assert options["strands"] == ["Prevent", "Pursue", "Protect", "Prepare"]
    assert len(options["areas"]) == 9 and "CI Sam Smith" in options["owners"]


def test_plan_tables(essex_graph):
    found = chains.plan_overview(essex_graph, today=dt.date(2018, 1, 1))
    hubs = views.hubs_table(essex_graph, found["hubs"])
    assert hubs.iloc[0][["task", "cited by", "waiting on it in all"]].tolist() == ["Violence - Gangs #5", 3, 12]
    assert views.cycles_table(essex_graph, found["cycles"])["cycle"].tolist() == [
        f"{KC} #2 → {KC} #17 → {KC} #2", f"{KC} #2 → {KC} #18 → {KC} #2"]
    longest = views.longest_table(essex_graph, found["longest_chains"])
    assert longest.iloc[0]["tasks"] == 9 and longest.iloc[0]["chain (first to last)"].startswith(
        "Violence - Gangs #2 → Violence - Gangs #21")
    conflicts = views.conflicts_table(essex_graph, found["schedule_conflicts"])
    assert set(conflicts["problem"]) <= {chains.EARLIER, chains.OVERDUE}
    assert views.tasks_table(essex_graph, [f"{KC}#28"]).iloc[0].to_dict() == {
        "area": "Gangs & Knife Crime", "workstream": KC, "no.": "28",
        "task": "Use social media to engage and empower young people to make the right decisions",
        "owners": "CI Sam Smith", "due": "2018-06-15", "status": "planned", "strands": "Prepare", "key": f"{KC}#28"}


def test_owner_tables_hold_ci_sam_smith_with_26_tasks(essex_graph):
    loads = owners.workload(essex_graph)
    table = views.owners_table(loads)
    assert table.iloc[0][["owner", "tasks", "open", "overloaded"]].tolist() == ["CI Sam Smith", 26, 26, True]
    chart = views.owner_chart_data(loads, by="area")
    assert chart[chart["owner"] == "CI Sam Smith"][["area", "tasks", "total"]].values.tolist() == [
        ["Gangs & Knife Crime", 26, 26]]
    spellings = views.spellings_table(loads[0].spellings)
    assert spellings[["written as", "times", "sheet"]].values.tolist() == [
        ["SS", 26, KC], ["C/Insp Sam Smith", 1, "Strand Leads & Review Dates"]]
    assert spellings.iloc[1]["cells"] == "G5" and spellings.iloc[0]["cells"].startswith("I5, I6, I7")
    tasks = views.owner_tasks_table(essex_graph, "sam smith")
    assert len(tasks) == 26 and set(tasks["written as"]) == {"SS"}
    conc = views.concentration_table(owners.concentration(essex_graph))
    assert conc.iloc[0][["workstream", "busiest owner", "their tasks", "tasks", "share", "flagged"]].tolist() == [
        "Violence - Night Time Economy", "CI Shaun Kane", 23, 25, 92, True]


def test_split_spelling_keeps_brackets_in_file_names():
    spelling = "SS (Crime Prevention 4Ps (Gangs, knives & NTE).xlsx › Violence - Knife crime › I5)"
    assert views.split_spelling(spelling) == ("SS", "Crime Prevention 4Ps (Gangs, knives & NTE).xlsx", KC, "I5")


def test_forum_tables_hold_the_two_forums_five_areas_share(essex_graph):
    shared = views.shared_table(forums.shared_forums(essex_graph))
    assert shared.head(2)[["forum", "areas"]].values.tolist() == [["Community Safety Hub", 5],
                                                                  ["Community Safety Partnership", 5]]
    matrix = views.matrix_table(forums.area_forum_matrix(essex_graph))
    assert matrix["Community Safety Hub"].sum() == 5 and matrix.loc["Gangs & Knife Crime", "Community Safety Hub"] == 1
    long = views.matrix_long(forums.area_forum_matrix(essex_graph, source="tasks"))
    csp = long[long["forum"] == "Community Safety Partnership"]
    assert sorted(csp["area"]) == ["Extremism & Radicalisation", "Gangs & Knife Crime", "Hate Crime",
                                   "House Burglary & Street Robbery", "Serious & Organised Crime"]
    overlap = views.overlap_table(forums.area_overlap(essex_graph))
    assert overlap.iloc[0][["area", "other area", "shared", "overlap %"]].tolist() == [
        "Extremism & Radicalisation", "Hate Crime", 4, 100]
    assert len(views.forum_names(essex_graph)) == 35 + 31


def test_task_tables_of_knife_crime_2(essex_graph):
    waits_on, waiting = views.task_links(essex_graph, f"{KC}#2")
    assert waits_on[["task", "evidence", "cell"]].values.tolist() == [
        [f"{KC} #{r}", "linked to actions (17) (18) (19)", f"{KC} G5"] for r in ("17", "18", "19")]
    assert waiting["task"].tolist() == [f"{KC} #17", f"{KC} #18", f"{KC} #25", f"{KC} #28"]
    assert views.task_owners(essex_graph, f"{KC}#2")[["owner", "written as", "cell"]].values.tolist() == [
        ["CI Sam Smith", "SS", "I5"]]
    mentions = views.task_mentions(essex_graph, "House Burglary & Street Robbery#2")
    assert mentions.values.tolist() == [["Serious Acquisitive Crime Forum", "forum", "SAC Forum", "task", "E4"]]
    fields = views.task_fields(essex_graph.get(Label.TASK, f"{KC}#28"))
    values = dict(fields.values.tolist())
    assert values["when"] == "1st review 15/6/18" and values["due_is_review"] == "True"
    assert values["read from"] == f"Crime Prevention 4Ps (Gangs, knives & NTE).xlsx › {KC} › E31"


def test_problems_table_puts_errors_first_with_their_cells(essex_result, essex_graph):
    table = views.problems_table([*essex_result.problems, *quality_problems(essex_graph)])
    assert list(table.columns) == ["severity", "message", "file", "sheet", "cell", "code"]
    cycles = table[table["code"] == "link-cycle"]
    # reported at the first task of each cycle by cell: #17 (E20) and #18 (E21), both round #2
    assert cycles[["sheet", "cell"]].values.tolist() == [[KC, "E20"], [KC, "E21"]]


def test_rows_frame_shows_any_query_answer():
    frame = views.rows_frame([{"t": {"key": "W#1"}, "n": 1}, {"n": 2, "areas": ["DA", "Hate"], "t": "x"}])
    assert list(frame.columns) == ["t", "n", "areas"]
    assert frame[["t", "n"]].values.tolist() == [['{"key": "W#1"}', 1], ["x", 2]]
    assert frame.loc[1, "areas"] == "DA, Hate"
