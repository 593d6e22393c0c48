"""The benchmark runs end to end at x1 (the smallest size), against the
test server: every section is printed with its figures. No timing is
asserted: speed is measured by running the benchmark, not by tests."""

from __future__ import annotations

from benchmarks.run import main


def test_the_benchmark_runs_at_x1(neo4j_server, monkeypatch, tmp_path):
    for name in ("uri", "user", "password", "database"):
        monkeypatch.setenv(f"NEO4J_{name.upper()}", getattr(neo4j_server, name))
    out = tmp_path / "BENCHMARKS.md"
    lines = main(["--sizes", "x1", "--neo4j", "--markdown", str(out)])
    text = "\n".join(lines)
    for section in ("## Loading", "## Saving into Neo4j", "## Questions at x1", "## Explorer pages at x1",
                    "## Memory"):
        assert section in text
    assert "| x1 | 1 | 250 |" in text  # one partnership of 250 tasks, read in full
    assert all(name in text for name in ("| get_tasks |", "| find_tasks |", "| screens/chains.py |"))
    assert out.read_text(encoding="utf-8").startswith("# Benchmarks")
