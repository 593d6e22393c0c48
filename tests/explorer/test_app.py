"""The explorer's pages, run by Streamlit's AppTest on the Essex plans:
the widgets are there and the tables hold what the cells say."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from analyses import chains
from explorer import answers, querying, state
from analyses.quality import quality_problems

from .conftest import APP, HOSTILE_KEY, HOSTILE_TASK

KC = "Violence - Knife crime"


def run(page: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    if page:
        at.switch_page(page)
    for name, value in query.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def frame(at: AppTest, key: str):
    """A table a row can be chosen in (those carry their key)."""
    return at.dataframe(key=key).value


def table_with(at: AppTest, *columns: str):
    """The first table showing all these columns (plain tables carry no key)."""
    for element in at.dataframe:
        value = element.value
        if set(columns) <= set(value.columns) | {value.index.name}:
            return value
    raise KeyError(columns)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_sidebar_says_what_is_loaded(home, essex_result, essex_graph):
    at = run()
    assert at.sidebar.caption[0].value == "212 tasks · 44 owners · 78 links · 9 areas · 35 forums"
    problems = len(essex_result.problems) + len(quality_problems(essex_graph))
    assert at.sidebar.get("page_link")[0].proto.label == f"{problems} problems to look at"
    plans = [m.value for m in at.sidebar.markdown if m.value.startswith("- ")]
    assert len(plans) == 7
    # by file name, as loaded
    assert "- Crime Prevention 4P \\(Domestic Abuse \\& Hate Crime\\) \\- updated\\.xlsx · 2018\\-06\\-20" in plans
    assert [b.label for b in at.sidebar.button][:3] == ["Load these workbooks", "Load the Essex sample plans",
                                                         "Read the store again"]
    assert at.sidebar.button[0].disabled  # until workbooks are chosen
    assert at.sidebar.get("file_uploader")


def test_sample_plans_reload_from_the_sidebar(tmp_path):
    at = run()  # an empty store: the Essex plans are loaded first
    before = state.token()
    assert before.version != "empty" and before.partnership == "Essex"
    at.sidebar.button[1].click().run()
    assert not at.exception
    assert at.sidebar.success[0].value.startswith("Loaded 212 tasks from 7 workbooks")
    assert state.token() != before


def test_workbooks_uploaded_in_the_sidebar_are_loaded(home, hostile_workbook):
    at = run()
    at.sidebar.get("file_uploader")[0].upload("hostile.xlsx", (hostile_workbook / "hostile.xlsx").read_bytes())
    at.run()
    at.sidebar.button[0].click().run()
    assert not at.exception
    assert at.sidebar.success[0].value == "Loaded 2 tasks from 1 workbook, 1 problem."
    assert at.sidebar.caption[0].value == "2 tasks · 2 owners · 1 links · 1 areas · 1 forums"


def test_a_broken_upload_leaves_the_graph_as_it_was(home):
    at = run()
    at.sidebar.get("file_uploader")[0].upload("broken.xlsx", b"not a workbook")
    at.run()
    at.sidebar.button[0].click().run()
    assert at.sidebar.error[0].value == "Nothing was saved: the graph loaded before is unchanged."
    assert "broken\\.xlsx\\: error\\: not a readable \\.xlsx workbook" in at.sidebar.markdown[-1].value
    assert at.sidebar.caption[0].value.startswith("212 tasks")


def test_overview_shows_counts_grid_and_the_top_findings(home, essex_graph):
    at = run()
    assert at.title[0].value == "Overview"
    found = metrics(at)
    assert {k: found[k] for k in ("Areas", "Workstreams", "Tasks", "Owners", "Links", "Forums")} == {
        "Areas": "9", "Workstreams": "10", "Tasks": "212", "Owners": "44", "Links": "78", "Forums": "35"}
    assert found["Busiest owner"] == "26 tasks" and found["Most work waits on"] == "12 tasks"
    assert found["Most shared forum"] == "5 areas"
    texts = [m.value for m in at.markdown]
    assert "CI Sam Smith" in texts and "Violence \\- Gangs \\#5" in texts and "Community Safety Hub" in texts
    links = {link.proto.label: (link.proto.page, link.proto.query_string) for link in at.main.get("page_link")}
    assert links["See its chain"][1] == "task=Violence+-+Gangs%235"
    assert links["See every owner's load"][1] == "owner=sam+smith"
    assert links["See the forums"][1] == "forum=Community+Safety+Hub"
    assert "See the problems" in links
    grid = table_with(at, "area", "Prevent")
    assert grid.loc["Digital Crime & Fraud"].tolist() == [3, 3, 6, 1, 13]
    assert table_with(at, "area", "completed")["total"].sum() == 212
    graph_files = [b.label for b in at.get("download_button") if b.key and b.key.startswith("graph-")]
    assert graph_files == ["GraphML (yEd)", "GEXF (Gephi)", "JSON (networkx)"]


def test_chains_of_knife_crime_28(home):
    at = run("screens/chains.py", task=f"{KC}#28")
    assert at.selectbox[0].value == f"{KC}#28"
    at.select_slider[0].set_value("1").run()
    up = frame(at, "up")
    assert up["no."].tolist() == ["1", "2", "8", "23", "24"] and set(up["depth"]) == {1}
    assert set(up["workstream"]) == {KC}
    assert set(up["where"]) == {f"Crime Prevention 4Ps (Gangs, knives & NTE).xlsx › {KC} › G31"}
    assert set(up["evidence"]) == {"Linked to actions (1) (2) (8) (23) (24)"}
    assert up[up["no."] == "1"]["owners"].item() == "PW"
    assert frame(at, "down").empty
    chain, plan = at.get("iframe")  # the chain, and the whole plan's map
    page = chain.proto.srcdoc
    assert "vis.Network" in page and "task?task=Violence%20-%20Knife%20crime%2328" in page
    assert at.get("download_button")  # network and tables can be downloaded
    assert at.query_params["task"] == f"{KC}#28"  # the address says which task, to share


def test_chains_search_by_owner_and_by_number(home, essex_graph):
    at = run("screens/chains.py")
    hub = chains.hubs(essex_graph)[0].task
    assert at.selectbox[0].value == hub  # with nothing chosen, the task most work waits on
    at.text_input[0].input("Frost").run()
    assert len(at.selectbox[0].options) == 21 and at.selectbox[0].label == "Task (21 to choose from)"
    at.text_input[0].input("knife 28").run()
    assert at.selectbox[0].value == f"{KC}#28" and at.selectbox[0].label == "Task (1 match)"
    at.text_input[0].input("no such words anywhere").run()
    assert at.warning[0].value == "No task matches no such words anywhere."


def test_whole_plan_map_filters(home, essex_graph):
    at = run("screens/chains.py")
    assert [m.label for m in at.multiselect] == ["Area", "Workstream", "Strand", "Status", "Owner"]
    shown = frame(at, "shown")
    assert len(shown) == len({k for pair in chains.dependency_graph(essex_graph).edges for k in pair})
    at.multiselect[0].select("Hate Crime").run()
    assert frame(at, "shown").empty and at.info
    at.multiselect[0].unselect("Hate Crime").run()
    at.multiselect[4].select("DCI Jasmine Frost").run()
    frost = frame(at, "shown")
    assert len(frost) > 0 and set(frost["owners"].str.contains("DCI Jasmine Frost")) == {True}
    assert len(frame(at, "cycles")) == 2 and frame(at, "hubs").iloc[0]["task"] == "Violence - Gangs #5"
    assert len(at.get("iframe")) == 2


def _chart_rows(at: AppTest, index: int = 0) -> list[dict]:
    chart = at.get("vega_lite_chart")[index]
    rows = []
    for dataset in chart.proto.datasets:
        rows += pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
    return rows


def test_owners_chart_holds_the_busiest_owner(home):
    at = run("screens/owners.py")
    assert at.number_input[0].value == 10 and at.radio[0].value == "area"
    rows = [r for r in _chart_rows(at) if r.get("owner") == "CI Sam Smith"]
    assert rows == [{"owner": "CI Sam Smith", "area": "Gangs & Knife Crime", "tasks": 26, "total": 26,
                     "overloaded": True, "key": "sam smith", "who": "⚠ CI Sam Smith"}]
    assert metrics(at)["Overloaded owners"] == "6"
    owners = frame(at, "owners")
    assert owners.iloc[0][["owner", "tasks", "overloaded"]].tolist() == ["CI Sam Smith", 26, True]
    # one owner: their tasks and the spellings merged into them, with cells
    assert at.selectbox[0].value == "sam smith" and len(frame(at, "owner-tasks")) == 26
    spellings = at.dataframe[2].value
    assert spellings[["written as", "times", "cells"]].values.tolist()[1] == ["C/Insp Sam Smith", 1, "G5"]
    at.number_input[0].set_value(30).run()
    assert metrics(at)["Overloaded owners"] == "0"
    assert not any(r["overloaded"] for r in _chart_rows(at) if "overloaded" in r)
    at.radio[0].set_value("status").run()
    assert [r["status"] for r in _chart_rows(at) if r.get("owner") == "CI Sam Smith"] == ["planned"]
    # when it falls due: Sam Smith's 26 tasks all in June 2018, none overdue as of their plan's date
    months = [r for r in _chart_rows(at, 1) if r.get("owner") == "CI Sam Smith"]
    assert [(r["month"], r["open"], r["overdue"]) for r in months] == [("2018-06", 26, 0)]
    assert "Leadership report (Excel)" in [b.label for b in at.get("download_button")]


def test_owner_from_the_address(home):
    at = run("screens/owners.py", owner="jasmine frost")
    assert at.selectbox[0].value == "jasmine frost" and len(frame(at, "owner-tasks")) == 21


def test_forums_matrix_holds_the_forums_five_areas_share(home):
    at = run("screens/forums.py")
    assert at.radio[0].value == "the strategy register"
    shared = frame(at, "shared")
    assert shared.head(2)[["forum", "areas"]].values.tolist() == [["Community Safety Hub", 5],
                                                                  ["Community Safety Partnership", 5]]
    heat = at.dataframe(key="heat").value
    assert heat.loc["Community Safety Hub", "areas"] == 5
    assert (heat.loc["Community Safety Hub"].drop("areas") == "✓").sum() == 5
    assert table_with(at, "other area").iloc[0][["area", "other area", "shared"]].tolist() == [
        "Extremism & Radicalisation", "Hate Crime", 4]
    at.radio[0].set_value("the tasks' own words").run()
    assert frame(at, "shared").iloc[0][["forum", "areas"]].tolist() == ["Community Safety Partnership", 5]
    assert len(at.get("iframe")) == 1


def test_one_forum_from_the_address(home):
    at = run("screens/forums.py", forum="Serious Acquisitive Crime Forum")
    assert at.selectbox[0].value == "Serious Acquisitive Crime Forum"
    tasks = frame(at, "forum-tasks")
    assert "House Burglary & Street Robbery#2" in tasks["key"].tolist()


def test_task_page_shows_fields_row_provenance_and_links(home):
    at = run("screens/task.py", task=f"{KC}#28")
    assert at.header[0].value == "Violence \\- Knife crime #28"
    fields = dict(table_with(at, "field", "value").values.tolist())
    assert fields["When (as written)"] == "1st review 15/6/18" and fields["Due"] == "2018-06-15"
    assert fields["Who (as written)"] == "SS" and fields["The due date is a review date"] == "yes"
    row = table_with(at, "column", "cell", "typed in")
    assert row[row["cell"] == "G31"]["value"].item() == "Linked to actions (1) (2) (8) (23) (24)"
    assert row[row["cell"] == "C31"][["column", "value", "typed in"]].values.tolist() == [["Strand", "PREPARE", "C25"]]
    assert frame(at, "links-out")["task"].tolist() == [f"{KC} #{r}" for r in ("1", "2", "8", "23", "24")]
    assert frame(at, "links-in").empty
    owners = table_with(at, "owner", "written as")
    assert owners[["owner", "written as", "cell"]].values.tolist() == [["CI Sam Smith", "SS", "I31"]]
    caption = [c.value for c in at.caption if c.value.startswith("Read from")]
    assert caption == ["Read from Crime Prevention 4Ps \\(Gangs\\, knives \\& NTE\\)\\.xlsx, sheet Violence \\- "
                       "Knife crime, cell E31"]


def test_quality_page_filters_by_severity_code_and_file(home, essex_result, essex_graph):
    at = run("screens/quality.py")
    everything = table_with(at, "severity", "message")
    assert len(everything) == len(essex_result.problems) + len(quality_problems(essex_graph))
    assert [m.label for m in at.multiselect] == ["Severity", "Kind of problem", "File"]
    at.multiselect[1].select("links that go round in a circle").run()
    assert table_with(at, "severity", "message")[["sheet", "cell"]].values.tolist() == [[KC, "E20"], [KC, "E21"]]
    at.multiselect[1].unselect("links that go round in a circle").run()
    at.multiselect[0].set_value(["error"]).run()
    assert table_with(at, "severity", "message").empty and metrics(at)["Errors"] == "0"


def test_query_page_says_it_needs_neo4j(home):
    at = run("screens/query.py")
    assert at.info[0].value.startswith("Queries run against Neo4j.")
    assert not at.text_area


def test_query_page_runs_read_queries_and_cypher(home, monkeypatch):
    # The page's wiring, with a stand-in for the server (the real one is in test_querying).
    monkeypatch.setattr(state, "is_neo4j", lambda: True)
    monkeypatch.setattr(querying, "run_query", lambda name, params: ([{"name": name, **params}], None))
    monkeypatch.setattr(querying, "run_cypher", lambda text: ([], "Neo.ClientError.Statement.AccessMode: refused",
                                                            False))
    at = run("screens/query.py")
    assert at.selectbox[0].options[0] == "count nodes"
    at.selectbox[0].set_value("get_task_upstream").run()
    at.text_input(key="param-key").input(f"{KC}#28")
    at.button(key="run-query").click().run()
    assert table_with(at, "name").to_dict("records") == [
        {"name": "get_task_upstream", "key": f"{KC}#28", "depth": 5, "include_inferred": True}]
    at.text_area[0].input("CREATE (n) RETURN n")
    at.button(key="run-cypher").click().run()
    assert at.error[0].value == "The server said: Neo\\.ClientError\\.Statement\\.AccessMode\\: refused"


@pytest.mark.parametrize("page", ["screens/overview.py", "screens/chains.py", "screens/owners.py",
                                  "screens/forums.py", "screens/task.py", "screens/quality.py", "screens/query.py"])
def test_hostile_text_is_escaped_on_every_page(hostile_home, page):
    at = run(page, task=HOSTILE_KEY, owner="script alert 2 script")
    assert answers.task(state.token(), HOSTILE_KEY)["text"] == HOSTILE_TASK
    # markdown gets the text with every mark escaped, so it shows as typed:
    # no "<" reaches Markdown unescaped, on any page
    texts = [e.value for e in [*at.markdown, *at.caption, *at.header, *at.title, *at.subheader, *at.warning,
                               *at.info, *at.error]]
    assert [t for t in texts if re.search(r"(?<!\\)<", t)] == []
    if page == "screens/task.py":
        assert "\\<img src\\=x onerror\\=alert\\(1\\)\\>" in [m.value for m in at.markdown]


def test_an_upload_is_added_beside_what_is_loaded_unless_replacing_is_confirmed(home, hostile_workbook):
    from explorer.sidebar import ADD, REPLACE

    at = run()
    assert at.sidebar.radio(key="upload-how").options == [ADD, REPLACE] and at.sidebar.radio(key="upload-how").value == ADD
    at.sidebar.get("file_uploader")[0].upload("hostile.xlsx", (hostile_workbook / "hostile.xlsx").read_bytes())
    at.run()
    at.sidebar.button[0].click().run()
    assert at.sidebar.success[0].value.startswith("Loaded 2 tasks")
    picker = at.sidebar.selectbox(key="partnership-picker")
    assert picker.options == ["Essex", "Uploaded plans"] and picker.value == "Uploaded plans"
    picker.set_value("Essex").run()
    assert at.sidebar.caption[0].value.startswith("212 tasks")  # added beside: Essex is all there
    # replacing Essex asks first, and says what goes
    at.sidebar.radio(key="upload-how").set_value(REPLACE).run()
    assert at.sidebar.button[0].disabled
    sure = at.sidebar.checkbox(key="upload-sure")
    assert sure.label == "Yes: the 212 tasks of Essex are replaced by these workbooks' plans"
    sure.check().run()
    assert not at.sidebar.button[0].disabled


def test_a_workbook_is_taken_out_from_the_sidebar_once_confirmed(home):
    at = run()
    at.sidebar.selectbox(key="remove-what").set_value("Crime Prevention 4P (Burglary & Robbery).xlsx").run()
    assert at.sidebar.button(key="remove").disabled
    at.sidebar.checkbox(key="remove-sure").check().run()
    at.sidebar.button(key="remove").click().run()
    assert not at.exception and at.sidebar.caption[0].value.startswith("182 tasks")


def test_the_knock_on_of_a_slip_on_the_chains_page(home):
    at = run("screens/chains.py", task="Violence - Gangs#5")
    impact = frame(at, "impact")
    assert impact.iloc[0][["task", "late by (days)", "state"]].tolist() == ["Violence - Gangs #21", 28, "late"]
    at.number_input(key="slip").set_value(6).run()
    assert frame(at, "impact").iloc[0]["late by (days)"] == 42
