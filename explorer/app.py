"""The plangraph explorer: the pages, and the sidebar saying what is loaded.

Run it with ``plangraph serve``. Each page is a short script in ``screens/``;
the data and the library's answers come from ``explorer.data``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from explorer import data, views
from explorer.widgets import QUALITY_PAGE, md, plural
from plangraph.config import MAX_UPLOAD_MB
from plangraph.stores.base import StoreError

HERE = Path(__file__).parent

st.set_page_config(page_title="plangraph explorer", page_icon="🕸️", layout="wide")

pages = st.navigation({
    "Plans": [
        st.Page(HERE / "screens/overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page(HERE / "screens/chains.py", title="Dependency chains", icon=":material/account_tree:"),
        st.Page(HERE / "screens/owners.py", title="Owners", icon=":material/groups:"),
        st.Page(HERE / "screens/forums.py", title="Forums", icon=":material/forum:"),
        st.Page(HERE / "screens/task.py", title="Task", icon=":material/description:"),
    ],
    "Checks": [
        st.Page(HERE / "screens/quality.py", title="Data quality", icon=":material/rule:"),
        st.Page(HERE / "screens/query.py", title="Query", icon=":material/terminal:"),
    ],
})

with st.sidebar:
    st.markdown("### plangraph explorer")
    # Filled last, so a load made below shows at once in the same run.
    summary = st.container()
    with st.expander("Load your own plans"):
        uploads = st.file_uploader("Delivery plans and strategy register (.xlsx), and a plangraph.toml if you "
                                   "have one", type=["xlsx", "toml"], accept_multiple_files=True, key="uploads",
                                   max_upload_size=MAX_UPLOAD_MB)
        load_clicked = st.button("Load these workbooks", disabled=not uploads, type="primary",
                                 icon=":material/upload:")
        sample_clicked = st.button("Load the Essex sample plans", icon=":material/restart_alt:")
        if st.button("Read the store again", icon=":material/refresh:",
                     help="After plangraph load was run in a terminal"):
            data.refresh()
        if load_clicked or sample_clicked:
            bar = st.progress(0.0, text="Reading workbooks…")

            def progress(done: int, total: int, name: str) -> None:
                bar.progress(min(done / max(total, 1), 1.0), text=f"Reading {name} ({done} of {total})")

            if load_clicked:
                report = data.load_uploaded([(f.name, f.getvalue()) for f in uploads], progress=progress)
            else:
                report = data.load_sample(progress=progress)
            bar.empty()
            st.session_state["load_report"] = report

        report = st.session_state.get("load_report")
        if report is not None:
            if report.saved:
                st.success(f"Loaded {plural(report.summary['tasks'], 'task')} from "
                           f"{plural(report.summary['plans'], 'workbook')}, "
                           f"{plural(report.summary['problems'], 'problem')}.", icon=":material/check_circle:")
            else:
                st.error("Nothing was saved: the graph loaded before is unchanged.", icon=":material/error:")
                for error in report.errors:
                    st.markdown(f"- {md(error)}")

    with summary:
        try:
            graph = data.graph()
        except StoreError as exc:
            # e.g. Neo4j not running: say what to do, not a stack trace
            st.error(md(str(exc)), icon=":material/error:")
            st.stop()
        tok = data.token()
        counts = views.counts(graph)
        found = data.problems(tok)
        st.caption(f"{counts['tasks']} tasks · {counts['owners']} owners · {counts['links']} links · "
                   f"{counts['areas']} areas · {counts['forums']} forums")
        st.page_link(QUALITY_PAGE, label=f"{plural(len(found.items), 'problem')} to look at",
                     icon=":material/rule:")
        with st.expander("Plans loaded", expanded=False):
            for plan in views.plans_table(graph).itertuples():
                note = "" if plan.current == "yes" else f" ({plan.current})"
                st.markdown(f"- {md(plan.plan)} · {md(plan.date)}{md(note)}")
            st.caption(f"Kept in {md(data.store().describe())}")

pages.run()
