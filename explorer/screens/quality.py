"""Data quality: every problem the loaders met in the cells and every
finding on the whole graph, with the file, sheet and cell to open."""

import streamlit as st

from explorer import answers, state
from explorer.views.quality import problems_table
from explorer.widgets import table

tok = state.token()
frame = problems_table(answers.problems(tok))

st.title("Data quality")
counts = frame["severity"].value_counts()
cols = st.columns(3)
cols[0].metric("Errors", int(counts.get("error", 0)), help="Something could not be read and is missing")
cols[1].metric("Warnings", int(counts.get("warning", 0)), help="Read, but probably wrong")
cols[2].metric("Notes", int(counts.get("info", 0)), help="A choice the loader made, to check")

kinds = frame["code"].value_counts()
st.caption("Kinds of problem: " + " · ".join(f"{code} ({n})" for code, n in kinds.items()))

f = st.columns(3)
severities = f[0].multiselect("Severity", ["error", "warning", "info"], default=["error", "warning", "info"])
codes = f[1].multiselect("Kind of problem", sorted(set(frame["code"])))
files = f[2].multiselect("File", sorted(set(frame["file"])))
shown = frame[frame["severity"].isin(severities)
              & (frame["code"].isin(codes) if codes else True)
              & (frame["file"].isin(files) if files else True)].reset_index(drop=True)
st.caption(f"{len(shown)} of {len(frame)} problems. Open the file at the sheet and cell given to look.")
table(shown, "problems", key="problems", hide=(), height=560,
      column_config={"message": st.column_config.TextColumn("message", width="large"),
                     "file": st.column_config.TextColumn("file", width="medium")})
