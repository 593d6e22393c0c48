"""Forums: which boards, partnerships and partners every area leans on,
and which areas lean on the same ones."""

import altair as alt
import streamlit as st

from explorer import answers, state
from explorer.views.chains import tasks_table
from explorer.views.forums import (across_table, forum_names, matrix_long, matrix_table, overlap_table,
                                   shared_table, unlisted_table)
from explorer.widgets import md, network, pick_from_query, table, task_link

tok = state.token()

st.title("Forums and partners")
source_label = st.radio("Read forums from", ["the strategy register", "the tasks' own words"], horizontal=True,
                        help="The register lists the forums each area works through; tasks name forums in their "
                             "Task and How cells.")
source = "strategy" if source_label == "the strategy register" else "tasks"
overview = answers.forum_overview(tok, source)
matrix = overview.forums
long = matrix_long(matrix)
shared = overview.shared

st.subheader("Areas and forums")
if long.empty:
    st.info("No area names a forum here.")
else:
    order = list(long.groupby("forum")["areas sharing it"].first().sort_values(ascending=False, kind="stable").index)
    # The register lists a forum or not (a tick); tasks name it a number of times.
    counted = source == "tasks"
    shown = long.assign(mark=long["count"].astype(str) if counted else "✓")
    heat = alt.Chart(shown).mark_rect(stroke="#ffffff").encode(
        y=alt.Y("forum:N", sort=order, title=None, axis=alt.Axis(labelLimit=300, labelOverlap=False)),
        x=alt.X("area:N", title=None, axis=alt.Axis(labelAngle=-35, labelLimit=220, orient="top",
                                                    labelOverlap=False)),
        color=(alt.Color("count:Q", title="tasks naming it", scale=alt.Scale(range=["#fdd49e", "#d7301f"],
                                                                             domainMin=0))
               if counted else alt.value("#f4a259")),
        tooltip=["area", "forum", "count", "areas sharing it"],
    )
    text = heat.mark_text(fontSize=11).encode(text="mark:N", color=alt.value("#222222"))
    st.altair_chart((heat + text).properties(height=alt.Step(22), width=alt.Step(62)), width="content")
    st.caption("Forums are ordered by how many areas share them, most shared at the top.")
    with st.expander("The same as a table"):
        table(matrix_table(matrix), f"areas and forums ({source})", key="matrix")

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
