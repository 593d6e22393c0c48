"""Owners: who holds how many tasks, who holds too many, and where one
owner carries a whole workstream."""

import altair as alt
import streamlit as st

from explorer import answers, state
from plangraph.outputs.spreadsheets import file_name
from explorer.views.chains import tasks_table
from explorer.views.owners import (concentration_table, owner_chart_data, owner_tasks_table, owners_table,
                                   spellings_table)
from explorer.widgets import md, pick_from_query, table, task_link

tok = state.token()

st.title("Owners")
default = answers.workload(tok, None)["threshold"]
top = st.columns([1, 1, 2])
threshold = top[0].number_input("Overloaded above (tasks)", min_value=1, max_value=500, value=default, step=1,
                                help=f"Default {default}: twice the average load, and never 5 tasks or fewer")
split = top[1].radio("Split bars by", ["area", "status", "strand"], horizontal=True)
found = answers.workload(tok, int(threshold))
loads = found["owners"]
over = [o for o in loads if o.overloaded]
top[2].metric("Overloaded owners", len(over), help=f"Holding more than {threshold} tasks")
if over:
    top[2].caption(md(", ".join(f"{o.name} ({o.tasks})" for o in over)))

st.subheader("Tasks per owner")
chart_data = owner_chart_data(loads, by=split)
chart_data["who"] = [f"⚠ {n}" if o else n for n, o in zip(chart_data["owner"], chart_data["overloaded"])]
order = [f"⚠ {o.name}" if o.overloaded else o.name for o in loads]
bars = alt.Chart(chart_data).mark_bar().encode(
    y=alt.Y("who:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelOverlap=False)),
    x=alt.X("sum(tasks):Q", title="tasks"),
    color=alt.Color(f"{split}:N", title=split),
    tooltip=["owner", split, "tasks", "total"],
)
rule = alt.Chart({"values": [{"threshold": int(threshold)}]}).mark_rule(color="#d32f2f", strokeDash=[4, 4]).encode(
    x="threshold:Q")
st.altair_chart((bars + rule).properties(height=max(260, 22 * len(loads))), width="stretch")
st.caption(f"⚠ marks an owner holding more than {threshold} tasks; the dashed red line is that limit.")

table_frame = owners_table(loads)
chosen_row = table(table_frame, "owners", key="owners", select=True,
                   style=lambda f: f.style.apply(lambda row: ["background-color: #fdecea" if row["overloaded"]
                                                             else ""] * len(row), axis=1),
                   column_config={"overloaded": st.column_config.CheckboxColumn("overloaded")})
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
    picked = table(owner_tasks_table(key, answers.owner_tasks(tok), answers.tasks(tok)), f"tasks of {load.name}", key="owner-tasks", select=True)
    if picked:
        task_link(picked, "Open the task chosen")
    st.markdown("**How the plans wrote this owner**, and where — check that these are one person:")
    table(spellings_table(load.spellings), f"spellings of {load.name}", key="spellings")

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
