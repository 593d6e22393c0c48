"""Each explorer page's time to render, with Streamlit's AppTest, on a
store at ``PLANGRAPH_HOME``: the first render (answers not yet cached) and
the next (cached)."""

from __future__ import annotations

import os
import time
from pathlib import Path

__all__ = ["PAGES", "page_times"]

PAGES = ["screens/overview.py", "screens/chains.py", "screens/owners.py", "screens/forums.py", "screens/task.py",
         "screens/quality.py", "screens/query.py"]


def page_times(home: Path) -> dict[str, tuple[float, float]]:
    """page -> (first render seconds, next render seconds)."""
    from streamlit.testing.v1 import AppTest

    import explorer

    os.environ["PLANGRAPH_HOME"] = str(home)
    app = str(Path(explorer.__file__).resolve().parent / "app.py")
    found = {}
    for page in PAGES:
        runs = []
        for _ in range(2):
            at = AppTest.from_file(app, default_timeout=300)
            at.switch_page(page)
            start = time.perf_counter()
            at.run()
            runs.append(time.perf_counter() - start)
            if at.exception:
                raise RuntimeError(f"{page}: {at.exception[0].value}")
        found[page] = (runs[0], runs[1])
    return found
