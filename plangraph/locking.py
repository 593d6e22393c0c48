"""One load at a time: a lock file beside the store.

Two loads saving at once would each say "Saved" while one result is lost.
So a load holds ``$PLANGRAPH_HOME/load.lock`` (an OS file lock, released
when the process ends however it ends) from reading to saving; a second
load waits for it, then, if the first has not finished within ``wait``
seconds, gives up with a message saying who holds it and since when.

Examples
--------
>>> import tempfile, pathlib
>>> where = pathlib.Path(tempfile.mkdtemp()) / "load.lock"
>>> with load_lock(where, what="plangraph load plans/"):
...     holder(where)["what"]
'plangraph load plans/'
>>> with load_lock(where):  # released: the next load goes ahead
...     pass
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

__all__ = ["LoadBusy", "load_lock", "holder"]

try:  # POSIX
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError while another holds it
except ImportError:  # Windows: the same, on the file's first byte
    import msvcrt

    def _try_lock(fd: int) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise BlockingIOError(str(exc)) from None


class LoadBusy(Exception):
    """Another load holds the lock; the message says whose and since when."""


def holder(path: Path) -> dict[str, Any]:
    """Who holds (or last held) the lock: pid, host, what and since when."""
    try:
        return json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


@contextmanager
def load_lock(path: Path, *, wait: float = 60.0, what: str = "a load",
              on_wait: Callable[[dict[str, Any]], None] | None = None) -> Iterator[None]:
    """Hold the load lock at ``path`` for the ``with`` block. Waits up to
    ``wait`` seconds for another load to finish (``on_wait`` is told who
    holds it, once), then raises LoadBusy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(fd, path, wait, on_wait)
        _say_who(fd, what)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _acquire(fd: int, path: Path, wait: float, on_wait: Callable[[dict[str, Any]], None] | None) -> None:
    deadline, told = time.monotonic() + wait, False
    while True:
        try:
            _try_lock(fd)
            return
        except BlockingIOError:
            if not told and on_wait:
                on_wait(holder(path))
                told = True
            if time.monotonic() >= deadline:
                who = holder(path)
                raise LoadBusy(f"another load is saving into this store ({who.get('what', 'a load')}, process "
                               f"{who.get('pid', '?')} on {who.get('host', '?')}, since {who.get('since', '?')}); "
                               "nothing was saved: try again when it has finished") from None
            time.sleep(0.2)


def _say_who(fd: int, what: str) -> None:
    info = {"pid": os.getpid(), "host": socket.gethostname(), "what": what,
            "since": dt.datetime.now().isoformat(timespec="seconds")}
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, json.dumps(info).encode("utf-8"))
