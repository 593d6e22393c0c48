"""explorer.querying: the Query page's read queries and free Cypher."""

from __future__ import annotations

from explorer import querying, state

KC = "Violence - Knife crime"


def test_cypher_needs_the_neo4j_store(home):
    assert not state.is_neo4j()
    assert querying.run_cypher("MATCH (n) RETURN n") == (
        [], "Cypher runs only with the Neo4j store (plangraph serve --store neo4j)")
    assert querying.run_query("delete_partnership", {}) == ([], "'delete_partnership' is not one of the read queries")
    rows, error = querying.run_query("get_task", {"key": f"{KC}#28"})
    assert error is None and rows[0]["owners"] == ["CI Sam Smith"]


def test_the_servers_message_is_given_back(home, monkeypatch):
    class Refused(Exception):
        code = "Neo.ClientError.Statement.AccessMode"
        message = "Writing in read access mode not allowed."

    class Server:
        def read_cypher(self, text):
            raise Refused()

    monkeypatch.setattr(querying, "store", lambda: Server())
    assert querying.run_cypher("CREATE (n:X)") == (
        [], "Neo.ClientError.Statement.AccessMode: Writing in read access mode not allowed.")


def test_neo4j_refuses_a_write_and_answers_a_read(neo4j_store, essex_graph, monkeypatch):
    monkeypatch.setenv("PLANGRAPH_STORE", "neo4j")
    neo4j_store.save(essex_graph)
    assert state.is_neo4j()
    try:
        rows, error = querying.run_cypher("MATCH (t:Task) RETURN count(t) AS tasks")
        assert (rows, error) == ([{"tasks": 212}], None)
        rows, error = querying.run_cypher("CREATE (n:Intruder {name: 'x'}) RETURN n")
        assert rows == [] and "Neo.ClientError" in error
        assert querying.run_cypher("MATCH (n:Intruder) RETURN count(n) AS n") == ([{"n": 0}], None)
        rows, error = querying.run_query("get_owner_workload", {})
        assert error is None and rows[0]["name"] == "CI Sam Smith" and rows[0]["tasks"] == 26
    finally:
        state.store().close()
        state._open.clear()
