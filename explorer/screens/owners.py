"""Owners: who holds how many tasks, who holds too many, and where one
owner carries a whole workstream."""

import streamlit as st

from explorer import answers, state
from plangraph.outputs.spreadsheets import file_name
from explorer.views.chains import tasks_table
from explorer.views.owners import (concentration_table, month_chart, owner_chart, owner_tasks_table, owners_table,
                                   spellings_table)
from explorer.widgets import as_of_control, md, pick_from_query, table, task_link

tok = state.token()

st.title("Owners")
default = answers.workload(tok, None)["threshold"]
top = st.columns([1, 1, 2])
threshold = top[0].number_input("Overloaded above (tasks)", min_value=1, max_value=500, value=default, step=1,
                                key="threshold", bind="query-params",
                                help=f"Default {default}: twice the average load, and never 5 tasks or fewer")
split = top[1].radio("Split bars by", ["area", "status", "strand"], horizontal=True, key="split",
                     bind="query-params")
found = answers.workload(tok, int(threshold))
loads = found["owners"]
over = [o for o in loads if o.overloaded]
top[2].metric("Overloaded owners", len(over), help=f"Holding more than {threshold} tasks")
if over:
    top[2].caption(md(", ".join(f"{o.name} ({o.tasks}, over by {o.over_by})" for o in over)))

st.subheader("Tasks per owner")
event = st.altair_chart(owner_chart(loads, by=split, threshold=int(threshold)), width="stretch", on_select="rerun",
                        key="owner-chart")
clicked = next((p.get("key") for p in (event.selection.get("pick") or []) if p.get("key")), None) \
    if event is not None and hasattr(event, "selection") else None
if clicked and clicked != st.session_state.get("owner-clicked"):
    st.session_state["owner-clicked"] = clicked  # a new click: show that owner below
    st.query_params["owner"] = clicked
st.caption(f"⚠ marks an owner holding more than {threshold} tasks (the dashed red line); \"initials only\": "
           "no list of people says whose they are. Click a bar to see that owner below.")
unresolved = [o for o in loads if o.unresolved]
if unresolved:
    st.info(md(f"{', '.join(o.name for o in unresolved)}: {unresolved[0].unresolved}"), icon=":material/help:")

table_frame = owners_table(loads)
chosen_row = table(table_frame, "owners", key="owners", select=True,
                   style=lambda f: f.style.apply(lambda row: ["background-color: #fdecea" if row["overloaded"]
                                                             else ""] * len(row), axis=1),
                   column_config={"overloaded": st.column_config.CheckboxColumn("overloaded"),
                                  "note": st.column_config.TextColumn("note", width="large")})
st.download_button("Leadership report (Excel)", lambda: answers.leadership_report(tok, int(threshold)),
                   file_name=file_name("owners report", ext="xlsx"), type="primary", icon=":material/download:",
                   on_click="ignore",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

st.subheader("One owner")
keys = [o.owner for o in loads]
by_key = {o.owner: o for o in loads}
if keys:
    index = keys.index(chosen_row) if chosen_row in keys else pick_from_query("owner", keys) or 0
    key = st.selectbox("Owner", keys, index=index, format_func=lambda k: f"{by_key[k].name} ({by_key[k].tasks})")
    st.query_params["owner"] = key
    load = by_key[key]
    cols = st.columns(4)
    cols[0].metric("Tasks", load.tasks)
    cols[1].metric("Open", load.open)
    cols[2].metric("Shared with others", load.shared)
    cols[3].metric("Areas", len(load.areas))
    st.markdown(f"**{md(load.name)}** ({md(load.kind)}) · areas: {md(', '.join(load.areas) or 'none')}"
                + (f" · leads: {md(', '.join(load.leads))}" if load.leads else ""))
    if load.unresolved:
        st.caption(md(load.unresolved[:1].upper() + load.unresolved[1:]) + ".")
    picked = table(owner_tasks_table(key, answers.owner_tasks(tok), answers.tasks(tok)), f"tasks of {load.name}",
                   key="owner-tasks", select=True)
    if picked:
        task_link(picked, "Open the task chosen")
    st.markdown("**How the plans wrote this owner**, and where — check that these are one person:")
    table(spellings_table(load.spellings), f"spellings of {load.name}", key="spellings")

st.subheader("When it falls due")
with st.columns([1, 1])[0]:
    day = as_of_control(answers.plan_dates(tok))
months = answers.workload(tok, int(threshold), day)["by_month"]
st.caption("Each owner's open tasks by the month they fall due (\"!\": some overdue). Hover a cell for its "
           "counts.")
st.altair_chart(month_chart(months, loads), width="stretch")

st.subheader("Where one owner carries a workstream")
st.caption("The share of each workstream's tasks held by its busiest owner; flagged above half.")
table(concentration_table(found["concentration"]), "concentration", key="concentration",
      style=lambda f: f.style.apply(lambda row: ["background-color: #fff4e5" if row["flagged"] else ""] * len(row),
                                    axis=1),
      column_config={"share": st.column_config.ProgressColumn("share", format="%d%%", min_value=0, max_value=100)})

unowned = found["unowned"]
st.subheader(f"Tasks with no owner ({len(unowned)})")
picked = table(tasks_table(answers.tasks(tok), unowned), "tasks with no owner", key="unowned", select=True)
if picked:
    task_link(picked, "Open the task chosen")
