"""explorer.querying: the Query page's read queries and a person's own
Cypher, checked, timed out and cut to a row limit on the real server."""

from __future__ import annotations

from explorer import querying, state

KC = "Violence - Knife crime"


def test_cypher_needs_the_neo4j_store(home):
    assert not state.is_neo4j()
    assert querying.run_cypher("MATCH (n) RETURN n") == (
        [], "Cypher runs only with the Neo4j store (plangraph serve --store neo4j)", False)
    assert querying.run_query("delete_partnership", {}) == ([], "'delete_partnership' is not one of the read queries")
    rows, error = querying.run_query("get_task", {"key": f"{KC}#28"})
    assert error is None and rows[0]["owners"] == ["CI Sam Smith"]


def test_the_servers_message_is_given_back(home, monkeypatch):
    class Refused(Exception):
        code = "Neo.ClientError.Statement.AccessMode"
        message = "Writing in read access mode not allowed."

    class Server:
        driver, settings = object(), type("S", (), {"database": "neo4j"})

    def server_says_no(*args, **kwargs):
        raise Refused()

    monkeypatch.setattr(querying, "store", lambda: Server())
    monkeypatch.setattr(querying, "run_console", server_says_no)
    assert querying.run_cypher("MATCH (n:X) RETURN n") == (
        [], "Neo.ClientError.Statement.AccessMode: Writing in read access mode not allowed.", False)


def test_neo4j_runs_a_plain_read_and_refuses_the_rest(neo4j_store, essex_graph, monkeypatch):
    monkeypatch.setenv("PLANGRAPH_STORE", "neo4j")
    neo4j_store.save(essex_graph)
    assert state.is_neo4j()
    try:
        assert querying.run_cypher("MATCH (t:Task) RETURN count(t) AS tasks") == ([{"tasks": 212}], None, False)
        refused = {
            "CREATE (n:Intruder {name: 'x'}) RETURN n": "CREATE is not allowed",
            "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row": "LOAD CSV is not allowed",
            "CALL dbms.components() YIELD name RETURN name": "the procedure dbms.components is not allowed",
            "SHOW SETTINGS": "SHOW is not allowed",
            "MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n": "SET is not allowed",
        }
        for text, said in refused.items():
            rows, error, _ = querying.run_cypher(text)
            assert rows == [] and error.startswith("Not run") and said in error, text
        assert querying.run_cypher("MATCH (n:Intruder) RETURN count(n) AS n") == ([{"n": 0}], None, False)
        rows, error, more = querying.run_cypher("UNWIND range(1, 1000000000) AS x RETURN x")
        assert error is None and more and len(rows) == querying.ROW_LIMIT and rows[-1] == {"x": querying.ROW_LIMIT}
        # a property or alias spelled like a clause is no clause
        rows, error, _ = querying.run_cypher("MATCH (a:Task)-[r:LINKED_TO]->(b:Task) RETURN a.key AS start LIMIT 2")
        assert error is None and len(rows) == 2
        rows, error = querying.run_query("get_owner_workload", {})
        assert error is None and rows[0]["name"] == "CI Sam Smith" and rows[0]["tasks"] == 26
    finally:
        state.store().close()
        state._open.clear()
