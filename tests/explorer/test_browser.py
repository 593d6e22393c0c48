"""The explorer in a real browser: `plangraph serve` started as a person
would, every page visited in headless Chromium (driven by Playwright), the
network drawn, nothing fetched from outside this computer, and hostile
plan text shown as text with no script run. The screenshots in
docs/screenshots are taken only when asked: pytest --update-screenshots."""

from __future__ import annotations


from .browsing import KC28, PAGES, Visit, drawn_pixels, serving
from .conftest import HOSTILE_KEY, HOSTILE_OWNER, HOSTILE_TASK

def test_every_page_in_a_browser_with_nothing_fetched_from_outside(browser, tmp_path, screenshots):
    home = tmp_path / "home"  # empty: the explorer loads the Essex plans first
    shots = screenshots or tmp_path / "shots"
    shots.mkdir(parents=True, exist_ok=True)
    with serving(home) as base:
        visit = Visit(browser, base)
        try:
            for path, title, name in PAGES:
                if name == "chains":
                    visit.open(path, title)
                    # a planner finds a task by its words and number
                    visit.page.get_by_label("Find a task").fill("knife 28")
                    visit.page.get_by_label("Find a task").press("Enter")
                    visit.settle()
                    task_box = visit.page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first
                    selected = task_box.locator("input").input_value()
                    assert "Violence - Knife crime #28 · Use social media" in selected
                    frame = visit.network(0)
                    assert frame.locator("#network canvas").count() == 1
                    assert drawn_pixels(frame) > 2000
                    panel = visit.click_node(frame, KC28)
                    assert "Use social media to engage and empower young people" in panel
                    assert frame.locator("#open").get_attribute("href") == "task?task=Violence%20-%20Knife%20crime%2328"
                    task_box.scroll_into_view_if_needed()
                elif name == "task":
                    visit.open(path, title, task=KC28)
                    # the row as written, in a table (drawn on a canvas, its text in the table's DOM for readers)
                    tables = visit.page.locator('[data-testid="stDataFrame"]')
                    assert tables.filter(has_text="Linked to actions (1) (2) (8) (23) (24)").first.is_visible()
                else:
                    visit.open(path, title)
                if name == "forums":
                    assert drawn_pixels(visit.network(0)) > 2000
                    visit.page.get_by_role("heading", name="Forums and partners").scroll_into_view_if_needed()
                visit.page.screenshot(path=str(shots / f"{name}.png"))
            assert visit.dialogs == []
            assert visit.outside() == []
            assert any("/_stcore/stream" in url for url in visit.requests)  # the app did talk to its server
        finally:
            visit.close()
    for _, _, name in PAGES:
        assert (shots / f"{name}.png").stat().st_size > 10_000


def test_hostile_plan_text_is_shown_as_text_and_runs_nothing(browser, hostile_home):
    with serving(hostile_home) as base:
        visit = Visit(browser, base)
        try:
            for path, title, name in PAGES:
                visit.open(path, title, task=HOSTILE_KEY, owner="script alert 2 script")
                for frame in visit.page.frames:
                    assert frame.locator("img[src='x']").count() == 0
                    assert frame.evaluate("() => document.querySelectorAll('svg[onload]').length") == 0
                if name == "chains":
                    panel = visit.click_node(visit.network(0), HOSTILE_KEY)
                    assert HOSTILE_TASK in panel and HOSTILE_OWNER in panel
                if name == "task":
                    assert visit.page.get_by_text(HOSTILE_TASK, exact=True).first.is_visible()
                    # cell text that is Markdown shows as text: no image fetched, no link made
                    visit.open(path, title, task=HOSTILE_KEY[:-1] + "2")
                    visit.page.get_by_text("Every field").first.wait_for()
                    for frame in visit.page.frames:
                        assert frame.locator("a[href*='198.51.100.7'], a[href*='example.invalid']").count() == 0
                        assert frame.locator("img[src*='198.51.100.7']").count() == 0
                if name == "owners":
                    assert visit.page.get_by_text(HOSTILE_OWNER).first.is_visible()
                visit.page.wait_for_timeout(300)
            assert visit.dialogs == []
            assert visit.outside() == []
        finally:
            visit.close()
