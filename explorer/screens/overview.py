"""Overview: what is in the plans, where the gaps are, and the top finding
of every other page."""

import altair as alt
import streamlit as st

from analyses.chains import AS_WRITTEN
from explorer import answers, state
from explorer.views.common import STATUSES
from explorer.views.overview import status_by_area, status_long, strand_grid_table
from explorer.widgets import CHAINS_PAGE, FORUMS_PAGE, OWNERS_PAGE, QUALITY_PAGE, md, table

tok = state.token()

st.title("Overview")
counts = answers.counts(tok)
cols = st.columns(6)
for col, name in zip(cols, ("areas", "workstreams", "tasks", "owners", "links", "forums")):
    col.metric(name.capitalize(), counts[name])

st.subheader("What to look at first")
chains_now = answers.chain_overview(tok, True, AS_WRITTEN)
loads = answers.workload(tok, None)
shared = answers.forum_overview(tok, "strategy").shared
found = answers.problems(tok)
c1, c2, c3, c4 = st.columns(4)
with c1.container(border=True):
    busiest = loads["owners"][0] if loads["owners"] else None
    if busiest:
        st.metric("Busiest owner", f"{busiest.tasks} tasks", help="More than "
                  f"{loads['threshold']} tasks is overloaded", delta=None)
        st.markdown(md(busiest.name))
        st.page_link(OWNERS_PAGE, label="See every owner's load", icon=":material/groups:",
                     query_params={"owner": busiest.owner})
    else:
        st.markdown("No task has an owner.")
with c2.container(border=True):
    hubs = chains_now["hubs"]
    if hubs:
        st.metric("Most work waits on", f"{hubs[0].total} tasks")
        st.markdown(md(f"{hubs[0].workstream} #{hubs[0].ref}"))
        st.page_link(CHAINS_PAGE, label="See its chain", icon=":material/account_tree:",
                     query_params={"task": hubs[0].task})
    else:
        st.markdown("No task waits on another.")
with c3.container(border=True):
    if shared:
        st.metric("Most shared forum", f"{len(shared[0].areas)} areas")
        st.markdown(md(shared[0].forum))
        st.page_link(FORUMS_PAGE, label="See the forums", icon=":material/forum:",
                     query_params={"forum": shared[0].forum})
    else:
        st.markdown("No forum is shared by two areas.")
with c4.container(border=True):
    severities = [p.severity for p in found]
    st.metric("Problems", len(found))
    st.markdown(f"{severities.count('error')} errors, {severities.count('warning')} warnings, "
                f"{severities.count('info')} notes")
    st.page_link(QUALITY_PAGE, label="See the problems", icon=":material/rule:")

st.subheader("Tasks by area and strand")
grid = strand_grid_table(answers.strand_grid(tok))
gaps = [(a, s) for a in grid.index for s in grid.columns if s != "total" and grid.at[a, s] == 0]
st.caption("A 0 is an area with no work in that strand" + (
    ": " + "; ".join(f"{md(a)} has no {s}" for a, s in gaps) if gaps else " — every area has work in all four."))
table(grid, "tasks by area and strand", key="grid", style=lambda frame: frame.style.map(
    lambda v: "background-color: #f8d7da; color: #842029; font-weight: 600" if v == 0 else ""))

st.subheader("Status of tasks by area")
left, right = st.columns([3, 2])
with left:
    long = status_long(answers.tasks(tok))
    chart = alt.Chart(long).mark_bar().encode(
        y=alt.Y("area:N", title=None, sort="-x", axis=alt.Axis(labelLimit=300)),
        x=alt.X("sum(tasks):Q", title="tasks"),
        color=alt.Color("status:N", sort=list(STATUSES),
                        scale=alt.Scale(domain=list(STATUSES),
                                        range=["#2e7d32", "#1565c0", "#6a1b9a", "#9e9e9e", "#ef6c00", "#cfd8dc"])),
        order=alt.Order("status:N"),
        tooltip=["area", "status", "tasks"],
    ).properties(height=320)
    st.altair_chart(chart, width="stretch")
with right:
    table(status_by_area(answers.tasks(tok)), "status by area", key="status")

st.subheader("For the board")
st.caption("One HTML file with the findings a board reads, each with its cells: it needs no network, runs no "
           "script, opens from a USB stick and prints to A4.")
st.download_button("Briefing (HTML)", lambda: answers.brief(tok), file_name="brief.html", mime="text/html",
                   key="brief", icon=":material/download:", on_click="ignore", type="primary")

st.subheader("The whole graph, for other tools")
st.caption("Every node and link with where it was read: GraphML opens in yEd, GEXF in Gephi, JSON in networkx.")
with st.container(horizontal=True):
    for fmt, label in (("graphml", "GraphML (yEd)"), ("gexf", "GEXF (Gephi)"), ("json", "JSON (networkx)")):
        st.download_button(label, lambda fmt=fmt: answers.graph_file(tok, fmt), file_name=f"plangraph.{fmt}",
                           mime="application/xml" if fmt != "json" else "application/json", key=f"graph-{fmt}",
                           icon=":material/download:", on_click="ignore")
