"""Task: everything known about one task, where it was read, and its links,
owners and forums. The task is in the address (?task=...), so a link to
this page can be shared."""

import streamlit as st

from explorer import answers, state
from explorer.views.common import task_label
from explorer.views.task import links_table, mentions_table, task_fields, task_owners_table, written_table
from explorer.widgets import CHAINS_PAGE, FORUMS_PAGE, OWNERS_PAGE, md, pick_from_query, table, task_link

tok = state.token()
tasks = answers.tasks(tok)

st.title("Task")
keys = list(tasks)
if not keys:
    st.info("No task is loaded.")
    st.stop()
key = st.selectbox("Task", keys, index=pick_from_query("task", keys) or 0, format_func=lambda k: task_label(tasks[k]))
st.query_params["task"] = key
task = answers.task(tok, key)

st.header(f"{md(task['workstream'])} #{md(task['ref'])}")
st.markdown(md(task["text"]))
due = task.get("due") or "no date"
facts = [("Status", task["status"]), ("Due", f"{due} (a review date)" if task.get("due_is_review") else due),
         ("When, as written", task.get("when") or "—"), ("Area", task.get("area") or "—"),
         ("Strands", ", ".join(task.get("strands") or []) or "—")]
st.markdown(" · ".join(f"**{name}:** {md(value)}" for name, value in facts))
cells = task.get("cells") or []
st.caption(f"Read from {md(task['file'])}, sheet {md(task['sheet'])}, cell {md(task['cell'])}"
           + (f" (rows at {md(', '.join(cells))})" if len(cells) > 1 else ""))
st.page_link(CHAINS_PAGE, label="See its chain", icon=":material/account_tree:", query_params={"task": key})

left, right = st.columns(2)
# Cell text goes into tables (st.dataframe), never st.table: st.table renders
# Markdown, so "![](http://...)" typed in a cell would fetch an image.
with left:
    st.subheader("Every field")
    table(task_fields(task), f"task {key}", key="fields", hide=(),
          column_config={"value": st.column_config.TextColumn("value", width="large")})
with right:
    st.subheader("The row as written")
    row = written_table(task.get("as_written") or [])
    if row.empty:
        st.info("The plan's cells were not kept for this task (it was loaded by an older plangraph); "
                "the fields on the left are as read from them.")
    else:
        st.caption(f"The cells of the task in sheet {md(task['sheet'])} of {md(task['file'])} that hold "
                   "something, as the plan shows them.")
        table(row, f"row of {key}", key="row", hide=(),
              column_config={"value": st.column_config.TextColumn("value", width="large")})

out, into = answers.task_links(tok, key)
waits_on, waiting = links_table(out, tasks, other_end="end"), links_table(into, tasks, other_end="start")
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
if task.get("dangling_links"):
    st.warning("It cites tasks that do not exist: " + md("; ".join(task["dangling_links"])))

left, right = st.columns(2)
with left:
    st.subheader("Owners")
    owners = task_owners_table(answers.task_owners(tok, key))
    table(owners, f"owners of {key}", key="owners", download=False)
    for owner in owners.itertuples():
        st.page_link(OWNERS_PAGE, label=md(f"{owner.owner}: every task they hold"), icon=":material/person:",
                     query_params={"owner": owner.key})
    if owners.empty:
        st.caption("Nobody is named in its Who cell" + (f" ({md(task['who'])})" if task.get("who") else "") + ".")
with right:
    st.subheader("Forums and partners it names")
    mentions = mentions_table(answers.task_mentions(tok, key))
    table(mentions, f"forums named by {key}", key="mentions", download=False)
    for forum in sorted(set(mentions["forum"])):
        st.page_link(FORUMS_PAGE, label=md(forum), icon=":material/forum:", query_params={"forum": forum})
