"""Dependency chains: find a task, see what it waits on and what waits on
it; then the whole plan's links, with the dates that clash. Every control
is kept in the address, so a copied link shows the same view."""

import streamlit as st

from analyses.chains import AS_WRITTEN, EARLIER
from explorer import answers, state
from explorer.views.chains import (chain_table, conflicts_table, impact_table, cycles_table, dangling_table, filter_options,
                                   filter_tasks, hubs_table, longest_table, tasks_table)
from explorer.views.common import task_label
from explorer.widgets import CHAINS_PAGE, as_of_control, md, network, pick_from_query, table, task_link

CHAIN_COLUMNS = {
    "task": st.column_config.TextColumn("task", width="medium"),
    "evidence": st.column_config.TextColumn("the words", help="The words in the cell the link was read from",
                                            width="large"),
    "where": st.column_config.TextColumn("where", help="File › sheet › cell", width="medium"),
    "warning": st.column_config.TextColumn("warning", width="large"),
    "depth": st.column_config.NumberColumn("depth", help="Links away from the chosen task", width="small"),
    "words": st.column_config.TextColumn("task's words", width="large"),
}
BOUND = {"bind": "query-params"}

tok = state.token()
tasks = answers.tasks(tok)

st.title("Dependency chains")
st.caption("A task *waits on* the tasks its row cites (\"Linked to actions (1) (2)\"). Arrows run from a task "
           "to the tasks waiting on it, so a chain reads left to right in the order the work must be done.")

settings = st.columns([1, 1, 2])
depth_text = settings[0].select_slider("How far to follow links", options=["1", "2", "3", "4", "5", "all"],
                                       value="all", key="depth", **BOUND)
depth = None if depth_text == "all" else int(depth_text)
inferred = settings[1].toggle("Include links inferred from words", value=True, key="inferred", **BOUND,
                              help="Links to work in another workstream named without a number, matched by words")
with settings[2]:
    today = as_of_control(answers.plan_dates(tok))


def highlight(frame):
    return frame.style.apply(lambda row: ["background-color: #fdecea" if row["warning"] else ""] * len(row), axis=1)


def show_chain(keys: list[str], query: str) -> None:
    """The chosen task's chain: the network and the two tables."""
    # With nothing chosen yet, open on the task most work waits on.
    hubs = answers.chain_overview(tok, inferred, today)["hubs"]
    start = keys.index(hubs[0].task) if not query.strip() and hubs and hubs[0].task in keys else 0
    # Not bound to the address by Streamlit (it would keep the label shown): the task's key is kept instead.
    chosen = pick_from_query("task", keys)
    key = st.selectbox(f"Task ({len(keys)} {'match' if len(keys) == 1 else 'to choose from'})", keys,
                       index=start if chosen is None else chosen, format_func=lambda k: task_label(tasks[k]))
    st.query_params["task"] = key
    task = tasks[key]

    with st.container(border=True):
        st.markdown(f"**{md(task['workstream'])} #{md(task['ref'])}** · {md(task['text'])}")
        st.caption(f"Owner: {md(', '.join(task['owners']) or 'none')} · due "
                   f"{md(task['due'] or task['when'] or 'not given')} · {md(task['status'])}")
        task_link(key, "Everything about this task")

    up = chain_table(answers.chain(tok, key, "up", depth, inferred, today), tasks)
    down = chain_table(answers.chain(tok, key, "down", depth, inferred, today), tasks)
    if up.empty and down.empty:
        st.info("This task waits on no other task, and no task waits on it.")
    else:
        network(answers.chain_html(tok, key, depth, inferred, today, True),
                lambda: answers.chain_html(tok, key, depth, inferred, today, False)[0], f"chain {key}",
                key="chain-net", height=600, narrow="the nearest tasks; follow fewer links to see the rest")

    st.subheader(f"What it waits on ({len(up)})")
    chosen_up = table(up, f"waits on {key}", key="up", select=True, style=highlight, column_config=CHAIN_COLUMNS)
    st.subheader(f"What waits on it ({len(down)})")
    chosen_down = table(down, f"waiting on {key}", key="down", select=True, style=highlight,
                        column_config=CHAIN_COLUMNS)
    for picked in filter(None, (chosen_up, chosen_down)):
        chosen_card(picked, "Follow its chain")
    if not down.empty:
        knock_on_section(key)


def knock_on_section(key: str) -> None:
    """What would finish late if the chosen task slipped."""
    st.subheader("If it slipped")
    weeks = st.number_input("Weeks it slips", min_value=1, max_value=104, value=4, step=1, key="slip", **BOUND)
    found = answers.knock_on(tok, key, int(weeks), inferred)
    late = sum(1 for i in found.hit if i.state == "late")
    st.caption(f"Due {found.new_due or 'on an unknown date'} instead: {late} task{'s' if late != 1 else ''} "
               f"waiting on it would finish late; {len(found.hit) - late} more cannot be told (no due date, or in a "
               f"cycle); {len(found.on_time)} stay on time.")
    picked = table(impact_table(found), f"if {key} slips {weeks} weeks", key="impact", select=True)
    if picked:
        chosen_card(picked, "Follow its chain")


def chosen_card(chosen: str, chain_label: str) -> None:
    """A task picked in a table: its words, its page, its own chain."""
    other = tasks[chosen]
    with st.container(border=True):
        st.markdown(f"**{md(other['workstream'])} #{md(other['ref'])}** · {md(other['text'])}")
        task_link(chosen, "Open this task's page")
        st.page_link(CHAINS_PAGE, label=chain_label, icon=":material/account_tree:", query_params={"task": chosen})


chain_tab, plan_tab = st.tabs(["A task's chain", "The whole plan"], key="view", **BOUND)

with chain_tab:
    query = st.text_input("Find a task", placeholder="words, its number or its owner — e.g. knife 28, or Frost",
                          key="find", **BOUND)
    keys = answers.find_tasks(tok, query) if query.strip() else list(tasks)
    if keys:
        show_chain(keys, query)
    else:
        st.warning(f"No task matches {md(query)}.")

with plan_tab:
    options = filter_options(tasks)
    f = st.columns(5)
    areas = f[0].multiselect("Area", options["areas"], key="in_area", **BOUND)
    workstreams = f[1].multiselect("Workstream", options["workstreams"], key="in_workstream", **BOUND)
    strands = f[2].multiselect("Strand", options["strands"], key="in_strand", **BOUND)
    statuses = f[3].multiselect("Status", options["statuses"], key="in_status", **BOUND)
    owners_chosen = f[4].multiselect("Owner", options["owners"], key="by_owner", **BOUND)
    linked_only = st.toggle("Only tasks with links", value=True, key="linked", **BOUND)
    shown = filter_tasks(tasks, answers.links(tok, inferred), areas=areas, workstreams=workstreams, strands=strands,
                         statuses=statuses, owners=owners_chosen, linked_only=linked_only, include_inferred=inferred)
    st.caption(f"{len(shown)} tasks fit. Border colour: area; fill: status. Find a task in the box above the map; "
               "click a task for its details.")
    if shown:
        network(answers.plan_html(tok, tuple(shown), inferred, today, True),
                lambda: answers.plan_html(tok, tuple(shown), inferred, today, False)[0], "dependency map",
                key="plan-net", height=680, narrow="the most linked; choose an area, workstream or owner above")
    else:
        st.info("No task fits these filters.")

    found = answers.chain_overview(tok, inferred, today)
    clashes = [c for c in found["schedule_conflicts"] if c.problem == EARLIER]
    overdue = [c for c in found["schedule_conflicts"] if c.problem != EARLIER]
    tabs = st.tabs([f"Dates that clash ({len(clashes)})", f"Waits on something overdue ({len(overdue)})",
                    f"Cycles ({len(found['cycles'])})", "Most waited on", "Longest chains",
                    f"Links to missing tasks ({len(found['dangling'])})", f"Tasks shown ({len(shown)})"],
                   key="finding", **BOUND)
    picked = []
    with tabs[0]:
        st.caption("A task due before a task it waits on: both dates cannot be kept.")
        picked.append(table(conflicts_table(tasks, clashes), "dates that clash", key="conflicts", select=True))
    with tabs[1]:
        st.caption("A task waiting on one whose due date has passed, not completed"
                   + (" (as of each plan's own date)." if today == AS_WRITTEN else f" (as of {today:%d/%m/%Y})."))
        picked.append(table(conflicts_table(tasks, overdue), "waits on something overdue", key="overdue",
                            select=True))
    with tabs[2]:
        st.caption("Links that come back to where they started: nothing in a cycle can go first.")
        picked.append(table(cycles_table(tasks, found["cycles"]), "cycles", key="cycles", select=True))
    with tabs[3]:
        picked.append(table(hubs_table(tasks, found["hubs"]), "most waited on", key="hubs", select=True))
    with tabs[4]:
        picked.append(table(longest_table(tasks, found["longest_chains"]), "longest chains", key="longest",
                            select=True))
    with tabs[5]:
        picked.append(table(dangling_table(tasks, found["dangling"]), "links to missing tasks", key="dangling",
                            select=True))
    with tabs[6]:
        picked.append(table(tasks_table(tasks, shown), "tasks shown", key="shown", select=True))
    for chosen in filter(None, picked):
        chosen_card(chosen, "Show its chain")
