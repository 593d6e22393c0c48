"""Benchmarks of plangraph, run on demand (never timed in the tests).

* :mod:`benchmarks.synthetic`: realistic synthetic partnerships' plans at
  sizes x1, x10 and x100, deterministic by seed;
* :mod:`benchmarks.baselines`: what plangraph is compared with (a bare scan
  of the cells; bare and naive Neo4j writes of the same graph);
* ``benchmarks/run.py``: the timings, printed.
"""
