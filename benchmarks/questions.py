"""How long each store question takes, warm, in-process: at least 50 calls
of each with varied parameters (partnerships, tasks, words), the answer
caches of the stores emptied before every call so each call is answered
anew (the embedded store keeps its graphs in memory, as it does in use)."""

from __future__ import annotations

import random
import statistics
import time
from typing import Any, Callable, Iterator

from plangraph.stores.answers import QUESTIONS

__all__ = ["latencies", "varied_calls"]

CALLS = 50


def varied_calls(store, seed: int = 0) -> Iterator[tuple[str, dict[str, Any]]]:
    """(question, parameters): CALLS of each question, varied."""
    rng = random.Random(seed)
    partnerships = [r["partnership"] for r in store.get_partnerships()]
    tasks = {p: store.get_tasks(p) for p in partnerships}
    for name in QUESTIONS:
        for i in range(CALLS):
            p = partnerships[i % len(partnerships)]
            task = rng.choice(tasks[p]) if tasks[p] else {"key": "", "text": "", "ref": "1"}
            yield name, _params(name, p, task, tasks[p], rng)


def _params(name: str, partnership: str, task: dict, tasks: list[dict], rng: random.Random) -> dict[str, Any]:
    if name == "get_partnerships":
        return {}
    if name in ("get_task",):
        return {"key": task["key"], "partnership": partnership}
    if name == "find_tasks":
        words = [w for w in task["text"].split() if len(w) > 4] or ["plan"]
        return {"words": rng.choice([rng.choice(words), f"{rng.choice(words)} {task['ref']}", task["ref"]]),
                "partnership": partnership}
    if name in ("get_task_upstream", "get_task_downstream"):
        return {"key": task["key"], "depth": 3, "include_inferred": True, "partnership": partnership}
    if name == "get_tasks":
        keys = [t["key"] for t in rng.sample(tasks, min(10, len(tasks)))] if rng.random() < 0.5 else None
        return {"partnership": partnership, "keys": keys}
    return {"partnership": partnership}


def latencies(store, forget: Callable[[], None], seed: int = 0) -> dict[str, tuple[float, float, int]]:
    """question -> (p50 ms, p95 ms, calls)."""
    times: dict[str, list[float]] = {}
    calls = list(varied_calls(store, seed))
    for name, params in calls[:len(QUESTIONS)]:  # warm every code path once
        store.query(name, **params)
    for name, params in calls:
        forget()
        start = time.perf_counter()
        store.query(name, **params)
        times.setdefault(name, []).append(1000 * (time.perf_counter() - start))
    return {name: (statistics.median(t), _p95(t), len(t)) for name, t in times.items()}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
