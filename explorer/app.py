"""The plangraph explorer: the pages, and the sidebar saying what is loaded.

Run it with ``plangraph serve``. Each page is a short script in ``screens/``;
the library's answers come, cached, from ``explorer.answers``; loads from
the sidebar go through ``explorer.loading``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from explorer import answers, loading, state
from explorer.views.overview import plans_table
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


def load_panel() -> None:
    """Upload workbooks into a partnership, or reload the Essex sample."""
    with st.expander("Load your own plans"):
        uploads = st.file_uploader("Delivery plans and strategy register (.xlsx or .csv), and a plangraph.toml if "
                                   "you have one", type=["xlsx", "csv", "toml"], accept_multiple_files=True,
                                   key="uploads", max_upload_size=MAX_UPLOAD_MB)
        name = st.text_input("Partnership", key="upload-partnership", placeholder="the name the plans give",
                             help="Loading replaces this partnership's plans, and no other's.")
        load_clicked = st.button("Load these workbooks", disabled=not uploads, type="primary",
                                 icon=":material/upload:")
        sample_clicked = st.button("Load the Essex sample plans", icon=":material/restart_alt:")
        st.button("Read the store again", icon=":material/refresh:", help="After plangraph load was run in a "
                  "terminal (pages also notice on their own when they next run)")
        if load_clicked or sample_clicked:
            bar = st.progress(0.0, text="Reading workbooks…")

            def progress(done: int, total: int, file: str) -> None:
                bar.progress(min(done / max(total, 1), 1.0), text=f"Reading {file} ({done} of {total})")

            if load_clicked:
                report = loading.load_uploaded([(f.name, f.getvalue()) for f in uploads], partnership=name,
                                               progress=progress)
            else:
                report = loading.load_sample(progress=progress)
            bar.empty()
            st.session_state["load_report"] = report
        report = st.session_state.get("load_report")
        if report is not None:
            if report.saved:
                st.success(f"Loaded {plural(report.summary['tasks'], 'task')} from "
                           f"{plural(report.summary['plans'], 'workbook')}, "
                           f"{plural(report.summary['problems'], 'problem')}.", icon=":material/check_circle:")
                if report.unreadable:
                    st.warning(f"Saved without {plural(report.unreadable, 'file')} that could not be read: the "
                               "plans in them are not in the graph.", icon=":material/warning:")
            else:
                st.error("Nothing was saved: the graph loaded before is unchanged.", icon=":material/error:")
                if report.refused:
                    st.caption(md(report.refused[:1].upper() + report.refused[1:]) + ".")
            for error in report.errors:
                st.markdown(f"- {md(error)}")


def what_is_loaded() -> None:
    """The partnership looked at (a picker when there are several) and what it holds."""
    if state.store().is_empty():
        loading.load_sample()  # a first look always shows something
    held = state.partnerships()
    tok = state.token()
    if len(held) > 1:
        chosen = st.selectbox("Partnership", held, index=held.index(tok.partnership), key="partnership-picker",
                              help="Every page answers about this partnership's plans")
        if chosen != tok.partnership:
            state.choose_partnership(chosen)
            tok = state.token()
    counts = answers.counts(tok)
    st.caption(f"{counts['tasks']} tasks · {counts['owners']} owners · {counts['links']} links · "
               f"{counts['areas']} areas · {counts['forums']} forums")
    st.page_link(QUALITY_PAGE, label=f"{plural(len(answers.problems(tok)), 'problem')} to look at",
                 icon=":material/rule:")
    with st.expander("Plans loaded", expanded=False):
        for plan in plans_table(answers.plans(tok)).itertuples():
            note = "" if plan.current == "yes" else f" ({plan.current})"
            st.markdown(f"- {md(plan.plan)} · {md(plan.date)}{md(note)}")
        st.caption(f"{md(tok.partnership or '')} · kept in {md(state.store().describe())}")


with st.sidebar:
    st.markdown("### plangraph explorer")
    summary = st.container()  # filled last, so a load made below shows at once in the same run
    load_panel()
    with summary:
        try:
            what_is_loaded()
        except StoreError as exc:
            # e.g. Neo4j not running: say what to do, not a stack trace
            st.error(md(str(exc)), icon=":material/error:")
            st.stop()

pages.run()
