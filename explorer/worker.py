"""Uploaded plans are loaded in a worker process of their own, so a file
that takes more memory or time than it should costs the worker, never the
explorer's server (and every other person's session with it).

The worker reads with the same guard and limits as ``plangraph load``, in
a process capped at ``MEMORY_LIMIT`` bytes, and saves into the same store;
it tells the page of each workbook as it reads it, and of the result at the
end. A worker that dies (out of memory, killed) or overruns ``TIME_LIMIT``
is reported as a load that saved nothing.
"""

from __future__ import annotations

import multiprocessing
import os
import queue as queues
import time
from pathlib import Path
from typing import Any, Callable, Sequence

__all__ = ["load_in_worker", "MEMORY_LIMIT", "TIME_LIMIT"]

MEMORY_LIMIT = 2 * 1024 ** 3  # bytes of address space: the guard keeps a load far below this
TIME_LIMIT = 600.0  # seconds


def load_in_worker(paths: Sequence[Path], *, store_name: str, home: Path, partnership: str | None,
                   replace: bool = True, progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """What the worker's load did: the fields of a LoadReport."""
    context = multiprocessing.get_context("spawn")  # a clean process: the server's threads are not forked
    messages = context.Queue()
    worker = context.Process(target=_work, args=([str(p) for p in paths], store_name, str(home), partnership,
                                                 replace, messages), daemon=True)
    worker.start()
    deadline = time.monotonic() + TIME_LIMIT
    try:
        while time.monotonic() < deadline:
            try:
                kind, *body = messages.get(timeout=0.5)
            except queues.Empty:
                if not worker.is_alive():
                    return _stopped("the load stopped before it finished (the files may be too big to read here)")
                continue
            if kind == "progress" and progress:
                progress(*body)
            elif kind == "done":
                return body[0]
        return _stopped(f"the load took more than {TIME_LIMIT:.0f} seconds and was stopped")
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join(timeout=10)


def _stopped(why: str) -> dict[str, Any]:
    return {"saved": False, "summary": {}, "errors": [why], "files": [], "refused": why}


def _work(paths: list[str], store_name: str, home: str, partnership: str | None, replace: bool,
          messages: Any) -> None:
    _cap_memory()
    os.environ["PLANGRAPH_HOME"] = home
    from loaders import workbook_paths
    from plangraph import api
    from plangraph.config import open_store

    files = workbook_paths([Path(p) for p in paths])
    done = [0]

    def on_workbook(path: Path) -> None:
        done[0] += 1
        messages.put(("progress", done[0], len(files), path.name))

    try:
        loaded = api.load([Path(p) for p in paths], open_store(store_name), partnership=partnership,
                          replace=replace, on_workbook=on_workbook, wait=10)
    except api.LoadBusy as exc:
        messages.put(("done", {"saved": False, "summary": {}, "errors": [str(exc)], "files": [],
                               "refused": "another load is running"}))
        return
    except Exception as exc:  # noqa: BLE001 - whatever happens, the page is told in words
        messages.put(("done", _stopped(f"the load could not finish ({exc.__class__.__name__}: {exc})")))
        return
    messages.put(("done", {"saved": loaded.saved, "summary": api.summary(loaded.result),
                           "errors": [str(p) for p in loaded.result.errors], "files": sorted(p.name for p in files),
                           "partnership": loaded.partnership, "refused": loaded.refused,
                           "unreadable": len(loaded.unreadable)}))


def _cap_memory() -> None:
    try:
        import resource
    except ImportError:  # not POSIX: the guard's limits still hold
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
