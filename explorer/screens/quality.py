"""Data quality: every problem the loaders met in the cells and every
finding on the whole graph, with the file, sheet and cell to open."""

import streamlit as st

from explorer import answers, state
from explorer.views.quality import problems_table
from explorer.widgets import downloads, md

tok = state.token()
frame = problems_table(answers.problems(tok))

st.title("Data quality")
counts = frame["severity"].value_counts()
cols = st.columns(3)
cols[0].metric("Errors", int(counts.get("error", 0)), help="Something could not be read and is missing")
cols[1].metric("Warnings", int(counts.get("warning", 0)), help="Read, but probably wrong")
cols[2].metric("Notes", int(counts.get("info", 0)), help="A choice the loader made, to check")

kinds = frame["kind"].value_counts()
st.caption("Kinds of problem: " + " · ".join(f"{kind} ({n})" for kind, n in kinds.items()))

f = st.columns(3)
severities = f[0].multiselect("Severity", ["error", "warning", "info"], default=["error", "warning", "info"],
                              key="severity", bind="query-params")
chosen_kinds = f[1].multiselect("Kind of problem", sorted(set(frame["kind"])), key="kind", bind="query-params")
files = f[2].multiselect("File", sorted(set(frame["file"])), key="file", bind="query-params")
shown = frame[frame["severity"].isin(severities)
              & (frame["kind"].isin(chosen_kinds) if chosen_kinds else True)
              & (frame["file"].isin(files) if files else True)].reset_index(drop=True)
st.caption(f"{len(shown)} of {len(frame)} problems. Choose a row to read its whole message; open the file at the "
           "sheet and cell given to look.")
picked = st.dataframe(shown, hide_index=True, key="problems", on_select="rerun", selection_mode="single-row",
                      height=min(560, 38 + 35 * max(len(shown), 1)), column_order=["severity", "kind", "message",
                                                                                    "file", "sheet", "cell"],
                      column_config={"message": st.column_config.TextColumn("message", width="large"),
                                     "file": st.column_config.TextColumn("file", width="medium")})
rows = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
if rows:
    chosen = shown.iloc[rows[0]]
    st.info(f"**{md(chosen['file'])} › {md(chosen['sheet'])} › {md(chosen['cell'])}** ({md(chosen['kind'])}): "
            f"{md(chosen['message'])}", icon=":material/info:")
downloads(shown, "problems", key="problems")
