"""Forums: which boards, partnerships and partners every area leans on,
and which areas lean on the same ones."""

import streamlit as st

from explorer import answers, state
from explorer.views.chains import tasks_in_area, tasks_table
from explorer.views.forums import (across_table, forum_names, heat_table, overlap_table, shared_table,
                                   unlisted_table)
from explorer.widgets import downloads, md, network, pick_from_query, table, task_link

tok = state.token()

st.title("Forums and partners")
source_label = st.radio("Read forums from", ["the strategy register", "the tasks' own words"], horizontal=True,
                        key="source", bind="query-params",
                        help="The register lists the forums each area works through; tasks name forums in their "
                             "Task and How cells.")
source = "strategy" if source_label == "the strategy register" else "tasks"
overview = answers.forum_overview(tok, source)
matrix = overview.forums
shared = overview.shared

st.subheader("Areas and forums")
heat = heat_table(matrix, counted=source == "tasks")
if heat.empty:
    st.info("No area names a forum here.")
    cell = None
else:
    st.caption("Forums down, most shared first; areas across (the header stays while you scroll). "
               + ("The number of the area's tasks naming the forum." if source == "tasks"
                  else "✓: the strategy register lists the forum for the area.")
               + " Click a cell to see that forum's tasks in that area.")
    event = st.dataframe(heat.style.map(lambda v: "background-color: #f4a259" if v not in (0, "", None) else "",
                                        subset=[c for c in heat.columns if c != "areas"]),
                         key="heat", on_select="rerun", selection_mode="single-cell",
                         height=min(640, 38 + 35 * len(heat)))
    picked_cells = event.selection.cells if event is not None and hasattr(event, "selection") else []
    cell = picked_cells[0] if picked_cells else None
    downloads(heat.reset_index(), f"areas and forums ({source})", key="heat")
if cell is not None and cell[1] != "areas":
    forum, area = heat.index[cell[0]], cell[1]
    detail = answers.forum_detail(tok, forum)
    in_area = tasks_in_area(detail.tasks, answers.tasks(tok), area)
    with st.container(border=True):
        st.markdown(f"**{md(forum)}** in **{md(area)}**: {len(in_area)} task{'s' if len(in_area) != 1 else ''} "
                    "name it" + (f"; the register lists it for {md(area)}" if area in detail.strategy_areas else ""))
        if in_area:
            picked = table(tasks_table(answers.tasks(tok), in_area), f"tasks of {area} naming {forum}",
                           key="heat-tasks", select=True)
            if picked:
                task_link(picked, "Open the task chosen")

left, right = st.columns(2)
with left:
    st.subheader("Forums shared by several areas")
    chosen_shared = table(shared_table(shared), "shared forums",
                          key="shared", select=True)
with right:
    st.subheader("Areas that work through the same forums")
    table(overlap_table(overview.overlap), "area overlap", key="overlap",
          column_config={"overlap %": st.column_config.ProgressColumn("overlap %", format="%d%%", min_value=0,
                                                                       max_value=100)})

st.subheader("One forum")
names = forum_names(answers.forums(tok))
if names:
    # A row chosen above, else the address, else the forum most areas share.
    top = shared[0].forum if shared and shared[0].forum in names else names[0]
    from_address = pick_from_query("forum", names)
    index = (names.index(chosen_shared) if chosen_shared in names
             else from_address if from_address is not None else names.index(top))
    name = st.selectbox("Forum or partner", names, index=index)
    st.query_params["forum"] = name
    detail = answers.forum_detail(tok, name)
    st.markdown(f"**{md(detail.name)}**" + (f" ({md(detail.acronym)})" if detail.acronym else "")
                + f" · {md(detail.label.lower())}")
    if detail.aliases:
        st.caption("Also written: " + md(", ".join(detail.aliases)))
    cols = st.columns(3)
    cols[0].markdown("**Areas listing it (strategy)**\n\n" + ("\n".join(f"- {md(a)}" for a in detail.strategy_areas)
                                                            or "none"))
    cols[1].markdown("**Areas whose tasks name it**\n\n" + ("\n".join(f"- {md(a)}" for a in detail.task_areas)
                                                           or "none"))
    cols[2].markdown("**Owners of those tasks**\n\n" + ("\n".join(f"- {md(o)}" for o in detail.owners) or "none"))
    picked = table(tasks_table(answers.tasks(tok), detail.tasks), f"tasks naming {detail.name}", key="forum-tasks",
                   select=True)
    if picked:
        task_link(picked, "Open the task chosen")

st.subheader("Map of areas and forums")
st.caption("Blue boxes are areas; dots are forums and partners, larger the more areas share them (orange: shared).")
network(answers.forum_html(tok, source, True), lambda: answers.forum_html(tok, source, False)[0],
        f"forums {source}", key="forum-net", height=640, narrow="the forums most areas share")

with st.expander("Named in tasks but not in the strategy, and the reverse"):
    table(unlisted_table(answers.forum_overview(tok, "strategy").unlisted), "forums not listed", key="unlisted")

if len(state.partnerships()) > 1:
    st.subheader("Across partnerships")
    st.caption("Forums and partners that several partnerships' plans name: boards shared across the region.")
    table(across_table(answers.across(tok, source)), "forums across partnerships", key="across")
