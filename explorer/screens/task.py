"""Task: everything known about one task, where it was read, and its links,
owners and forums. The task is in the address (?task=...), so a link to
this page can be shared."""

import streamlit as st

from explorer import data, views
from explorer.widgets import (CHAINS_PAGE, FORUMS_PAGE, OWNERS_PAGE, downloads, md, pick_from_query, table,
                              task_link)

tok = data.token()
graph = data.graph()
tasks = views.tasks_of(graph)

st.title("Task")
keys = list(tasks)
if not keys:
    st.info("No task is loaded.")
    st.stop()
key = st.selectbox("Task", keys, index=pick_from_query("task", keys) or 0,
                   format_func=lambda k: views.task_label(tasks[k]))
st.query_params["task"] = key
task = tasks[key]

st.header(f"{md(task.workstream)} #{md(task.ref)}")
st.markdown(md(task.text))
due = task.due or "no date"
facts = [("Status", task.status), ("Due", f"{due} (a review date)" if task.due_is_review else due),
         ("When, as written", task.when or "—"), ("Area", task.area or "—"),
         ("Strands", ", ".join(task.strands) or "—")]
st.markdown(" · ".join(f"**{name}:** {md(value)}" for name, value in facts))
st.caption(f"Read from {md(task.source.file)}, sheet {md(task.source.sheet)}, cell {md(task.source.cell)}"
           + (f" (rows at {md(', '.join(task.cells))})" if len(task.cells) > 1 else ""))
st.page_link(CHAINS_PAGE, label="See its chain", icon=":material/account_tree:", query_params={"task": key})

left, right = st.columns(2)
with left:
    st.subheader("Every field")
    fields = views.task_fields(task)
    st.table(fields, hide_index=True)
    downloads(fields, f"task {key}", key="fields")
with right:
    st.subheader("The row as written")
    row = data.raw_row(task)
    if row is None:
        st.info("The workbook this task was read from is not at hand here (it was loaded elsewhere); "
                "the fields on the left are as read from it.")
    else:
        st.caption(f"Row {md(''.join(ch for ch in task.source.cell if ch.isdigit()))} of sheet "
                   f"{md(task.source.sheet)} in {md(task.source.file)}, every cell that holds something.")
        st.table(row, hide_index=True)
        downloads(row, f"row of {key}", key="row")

waits_on, waiting = views.task_links(graph, key)
LINK_COLUMNS = {"words": st.column_config.TextColumn("words", width="large"),
                "evidence": st.column_config.TextColumn("evidence", width="medium",
                                                        help="The words in the cell the link was read from")}
st.subheader(f"It waits on ({len(waits_on)})")
picked_out = table(waits_on, f"{key} waits on", key="links-out", select=True, column_config=LINK_COLUMNS)
st.subheader(f"Waiting on it ({len(waiting)})")
picked_in = table(waiting, f"waiting on {key}", key="links-in", select=True, column_config=LINK_COLUMNS)
for picked in (picked_out, picked_in):
    if picked:
        task_link(picked, "Open the linked task")
if task.dangling_links:
    st.warning("It cites tasks that do not exist: " + md("; ".join(task.dangling_links)))

left, right = st.columns(2)
with left:
    st.subheader("Owners")
    owners = views.task_owners(graph, key)
    table(owners, f"owners of {key}", key="owners", download=False)
    for owner in owners.itertuples():
        st.page_link(OWNERS_PAGE, label=md(f"{owner.owner}: every task they hold"), icon=":material/person:",
                     query_params={"owner": owner.key})
    if owners.empty:
        st.caption("Nobody is named in its Who cell" + (f" ({md(task.who)})" if task.who else "") + ".")
with right:
    st.subheader("Forums and partners it names")
    mentions = views.task_mentions(graph, key)
    table(mentions, f"forums named by {key}", key="mentions", download=False)
    for forum in sorted(set(mentions["forum"])):
        st.page_link(FORUMS_PAGE, label=md(forum), icon=":material/forum:", query_params={"forum": forum})
