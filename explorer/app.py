"""The plangraph explorer: the pages, and the sidebar saying what is loaded.

Run it with ``plangraph serve``. Each page is a short script in ``screens/``;
the library's answers come, cached, from ``explorer.answers``; the sidebar
(``explorer.sidebar``) says what is loaded and loads more.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from explorer import state
from explorer.sidebar import first_look, load_panel, what_is_loaded
from explorer.widgets import md
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
    summary = st.container()  # filled last, so a load made below shows at once in the same run
    try:
        first_look()
        load_panel(state.token())
        with summary:
            what_is_loaded()
    except StoreError as exc:
        # e.g. Neo4j not running: say what to do, not a stack trace
        st.error(md(str(exc)), icon=":material/error:")
        st.stop()

pages.run()
