"""The explorer's sidebar: what is loaded (the partnership looked at, its
counts, its workbooks by file name, with a way to take one out) and loading
more (uploads added as a partnership of their own, or replacing the plans
of the one looked at, confirmed; the Essex sample)."""

from __future__ import annotations

import streamlit as st

from plangraph.config import MAX_UPLOAD_MB

from . import answers, loading, state
from .views.overview import plans_table
from .widgets import QUALITY_PAGE, md, plural

__all__ = ["first_look", "what_is_loaded", "load_panel"]

ADD, REPLACE = "Add them as a partnership of their own", "Replace the plans of the partnership looked at"


def first_look() -> None:
    """An empty store gets the bundled Essex plans, so a first look always shows something."""
    if not state.partnerships():
        loading.load_sample()


def what_is_loaded() -> None:
    """The partnership looked at (a picker when there are several) and what it holds."""
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
        plans = plans_table(answers.plans(tok))
        for plan in plans.itertuples():
            note = "" if plan.current == "yes" else f" ({plan.current})"
            st.markdown(f"- {md(plan.file)} · {md(plan.date)}{md(note)}")
        st.caption(f"{md(tok.partnership or '')} · kept in {md(state.store().describe())}")
        _removal(tok, list(plans["file"]), counts["tasks"])


def _removal(tok: state.Token, files: list[str], tasks: int) -> None:
    """Take one workbook, or the whole partnership, out, once confirmed."""
    if not tok.partnership:
        return
    what = st.selectbox("Take out", ["one workbook…", *files, f"all of {tok.partnership}"], key="remove-what")
    if what == "one workbook…":
        return
    whole = what == f"all of {tok.partnership}"
    sure = st.checkbox(f"Yes: {plural(tasks, 'task') + ' go' if whole else md(what) + ' and what was read from it goes'}"
                       " from the store", key="remove-sure")
    if st.button("Take it out", disabled=not sure, icon=":material/delete:", key="remove"):
        error = loading.remove(tok.partnership, None if whole else what)
        if error:
            st.error(md(error))
        else:
            st.rerun()


def load_panel(tok: state.Token) -> None:
    """Upload workbooks (added, or replacing the partnership looked at, confirmed), or reload the Essex sample."""
    with st.expander("Load your own plans"):
        uploads = st.file_uploader("Delivery plans and strategy register (.xlsx or .csv), and a plangraph.toml if "
                                   "you have one", type=["xlsx", "csv", "toml"], accept_multiple_files=True,
                                   key="uploads", max_upload_size=MAX_UPLOAD_MB)
        how = st.radio("These workbooks", [ADD, REPLACE] if tok.partnership else [ADD], key="upload-how")
        replace, ready = how == REPLACE, bool(uploads)
        if replace:
            tasks = answers.counts(tok)["tasks"]
            ready &= st.checkbox(f"Yes: the {plural(tasks, 'task')} of {md(tok.partnership)} are replaced by these "
                                 "workbooks' plans", key="upload-sure")
            name = tok.partnership
        else:
            name = st.text_input("Partnership", key="upload-partnership", placeholder="the name the plans give",
                                 help="A partnership already loaded is never replaced this way.")
        load_clicked = st.button("Load these workbooks", disabled=not ready, type="primary", icon=":material/upload:")
        sample_clicked = st.button("Load the Essex sample plans", icon=":material/restart_alt:")
        st.button("Read the store again", icon=":material/refresh:", help="After plangraph load was run in a "
                  "terminal (pages also notice on their own when they next run)")
        if load_clicked or sample_clicked:
            st.session_state["load_report"] = _load(uploads if load_clicked else None, name, replace)
        _report(st.session_state.get("load_report"))


def _load(uploads, name: str | None, replace: bool) -> loading.LoadReport:
    bar = st.progress(0.0, text="Reading workbooks…")

    def progress(done: int, total: int, file: str) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"Reading {file} ({done} of {total})")

    if uploads is None:
        report = loading.load_sample(progress=progress)
    else:
        report = loading.load_uploaded([(f.name, f.getvalue()) for f in uploads], partnership=name, replace=replace,
                                       progress=progress)
    bar.empty()
    return report


def _report(report: loading.LoadReport | None) -> None:
    if report is None:
        return
    if report.saved:
        st.success(f"Loaded {plural(report.summary['tasks'], 'task')} from "
                   f"{plural(report.summary['plans'], 'workbook')}, "
                   f"{plural(report.summary['problems'], 'problem')}.", icon=":material/check_circle:")
        if report.unreadable:
            st.warning(f"Saved without {plural(report.unreadable, 'file')} that could not be read: the plans in "
                       "them are not in the graph.", icon=":material/warning:")
    else:
        st.error("Nothing was saved: the graph loaded before is unchanged.", icon=":material/error:")
        if report.refused:
            st.caption(md(report.refused[:1].upper() + report.refused[1:]) + ".")
    for error in report.errors:
        st.markdown(f"- {md(error)}")
