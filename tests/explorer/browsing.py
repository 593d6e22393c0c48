"""What the browser tests share: Debian's Chromium driven by Playwright,
`plangraph serve` started as a person would, and a tab that records every
request and dialog.

Needs Debian's chromium at /usr/bin/chromium and the playwright package
(never `playwright install`: the browser comes from apt). In CI both must be
there and these tests fail without them; elsewhere they are skipped.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
KC28 = "Violence - Knife crime#28"
# path in the address, the page's title, the screenshot's name
PAGES = [("", "Overview", "overview"), ("chains", "Dependency chains", "chains"), ("owners", "Owners", "owners"),
         ("forums", "Forums and partners", "forums"), ("task", "Task", "task"), ("quality", "Data quality", "quality"),
         ("query", "Query", "query")]
LOCAL = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return "no /usr/bin/chromium: apt-get install -y chromium"
    if importlib.util.find_spec("playwright") is None:
        return "no playwright: pip install playwright (the browser itself comes from apt, never playwright install)"
    return None


def launch_browser():
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"the browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(home: Path):
    """`plangraph serve` on a free port with its own PLANGRAPH_HOME; the
    address, while it runs; stopped (by its process id) afterwards."""
    from plangraph.cli import main

    assert "serve" in main.commands, "plangraph serve is not registered (plangraph/commands/__init__.py)"
    port = _free_port()
    env = {**os.environ, "PLANGRAPH_HOME": str(home)}
    env.pop("PLANGRAPH_STORE", None)
    log = home.parent / f"serve-{port}.log"
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-c", "from plangraph.cli import main; main()", "serve",
                                   "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"plangraph serve did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)


class Visit:
    """One browser tab, recording every request and every dialog."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1440, "height": 1300}, locale="en-GB")
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.page.on("websocket", lambda ws: self.requests.append(ws.url))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str, title: str, **query: str) -> None:
        address = f"{self.base}/{path}"
        if query:
            address += "?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in query.items())
        self.page.goto(address)
        self.page.get_by_role("heading", name=title, exact=True).first.wait_for(timeout=60_000)
        self.settle()

    def settle(self) -> None:
        """Wait until the script has finished running and the page is drawn."""
        self.page.wait_for_timeout(300)
        self.page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
            " && !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
        self.page.wait_for_timeout(500)

    def network(self, index: int = 0):
        """The frame of the index-th network on the page, once it is drawn."""
        frame_element = self.page.locator('[data-testid="stIFrame"]').nth(index)
        frame_element.scroll_into_view_if_needed()
        frame = frame_element.element_handle().content_frame()
        frame.wait_for_selector('body[data-ready="yes"]', timeout=60_000)
        return frame

    def click_node(self, frame, node: str) -> str:
        """Click a node where it is drawn; the text of the panel it opens."""
        where = frame.evaluate("id => { const n = window.plangraphNetwork; n.fit(); "
                               "return n.canvasToDOM(n.getPositions([id])[id]); }", node)
        self.page.wait_for_timeout(300)
        where = frame.evaluate("id => { const n = window.plangraphNetwork; "
                               "return n.canvasToDOM(n.getPositions([id])[id]); }", node)
        box = frame.locator("#network").bounding_box()
        self.page.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
        frame.locator("#facts dt").first.wait_for(timeout=10_000)
        self.page.mouse.move(1, 1)  # away, so no tooltip covers the screenshot
        return frame.locator("#panel").inner_text()

    def outside(self) -> list[str]:
        """Every request that left this computer."""
        return [url for url in self.requests
                if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).hostname not in LOCAL]

    def close(self) -> None:
        self.context.close()


def drawn_pixels(frame) -> int:
    return frame.evaluate("""() => {
        const canvas = document.querySelector('#network canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let drawn = 0;
        for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 700) drawn++;
        }
        return drawn;
    }""")


