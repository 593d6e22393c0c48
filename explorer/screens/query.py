"""Query: the read queries of cypher/ and free read-only Cypher, for the
Neo4j store only."""

import streamlit as st

import cypher
from plangraph.stores.base import question_parameters
from plangraph.stores.console import TIMEOUT_SECONDS
from explorer import querying, state
from explorer.views.common import rows_frame
from explorer.widgets import md, table

st.title("Query")
if not state.is_neo4j():
    st.info("Queries run against Neo4j. This explorer reads the embedded store; start it with "
            "`plangraph serve --store neo4j` to query the graph with Cypher. Every other page works the same "
            "with either store.")
    st.stop()

st.caption(f"Neo4j at {md(state.store().describe())}. Everything here runs read-only: the server refuses writes.")
st.subheader("A ready-made query")
name = st.selectbox("Query", list(cypher.READ_QUERIES), format_func=lambda n: n.replace("_", " "))
q = cypher.query(name)
st.caption(md(q.description))
params = {}
for p in question_parameters(name):
    if p == "depth":
        params[p] = int(st.number_input("depth (links to follow)", min_value=1, max_value=20, value=5))
    elif p == "include_inferred":
        params[p] = st.checkbox("include inferred links", value=True)
    elif p == "keys":
        words = st.text_input("task keys, separated by ;", key=f"param-{p}")
        params[p] = [k.strip() for k in words.split(";") if k.strip()] or None
    elif p != "partnership":  # the partnership looked at, chosen in the sidebar
        params[p] = st.text_input(p.replace("_", " "), key=f"param-{p}",
                                  placeholder="a task key, e.g. Violence - Knife crime#28" if p == "key" else "")
with st.expander("The Cypher"):
    st.code(q.text, language="cypher")
if st.button("Run", type="primary", key="run-query"):
    st.session_state["query-result"] = (name, *querying.run_query(name, params))
result = st.session_state.get("query-result")
if result and result[0] == name:
    _, rows, error = result
    if error:
        st.error(md(error))
    else:
        st.caption(f"{len(rows)} rows")
        table(rows_frame(rows), name, key="query-rows", hide=())

st.subheader("Your own Cypher")
st.caption(f"Queries that read the plans (MATCH ... RETURN) run here, for at most "
           f"{TIMEOUT_SECONDS:.0f} seconds, showing the first {querying.ROW_LIMIT:,} rows; loading files, writing, "
           "procedures and administration are refused.")
text = st.text_area("Cypher (read only)", value="MATCH (t:Task)-[:OWNED_BY]->(o:Owner)\n"
                    "RETURN o.name AS owner, count(t) AS tasks ORDER BY tasks DESC LIMIT 10", height=140)
if st.button("Run Cypher", key="run-cypher"):
    st.session_state["cypher-result"] = (text, *querying.run_cypher(text))
result = st.session_state.get("cypher-result")
if result and result[0] == text:
    _, rows, error, more = result
    if error:
        st.error("The server said: " + md(error) if not error.startswith("Not run") else md(error))
    else:
        st.caption(f"The first {len(rows):,} rows: the query has more" if more else f"{len(rows)} rows")
        table(rows_frame(rows), "cypher result", key="cypher-rows", hide=())
