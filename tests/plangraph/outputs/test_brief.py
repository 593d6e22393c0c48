"""The board briefing: its headline numbers are the analyses', it names
its data and when it was made, and it opens in Chromium from a file with no
request leaving it and no script run; printed, its tables fit the page."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from click.testing import CliRunner

from analyses.owners import workload_overview
from plangraph.cli import main
from plangraph.outputs.brief import write_brief


@pytest.fixture(scope="module")
def brief(essex_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("brief") / "brief.html"
    facts = write_brief(essex_graph, path, made=dt.datetime(2026, 11, 30, 9, 0))
    return path, facts, path.read_text(encoding="utf-8")


def number(page: str, words: str) -> int:
    return int(re.search(rf"<b>(\d+)</b><span>{re.escape(words)}", page).group(1))


def test_the_headline_numbers_are_the_analyses(brief, essex_graph):
    _, facts, page = brief
    owners = workload_overview(essex_graph)
    assert number(page, "tasks") == 212 == facts.tasks
    assert number(page, f"owners holding more than {owners['threshold']} tasks") == 6 == \
        sum(o.overloaded for o in owners["owners"])
    assert number(page, "tasks with no owner") == len(owners["unowned"]) == 48
    assert number(page, "links between tasks") == 78
    assert "CI Sam Smith" in page and "initials only: no list of people names PW" in page


def test_it_names_its_data_and_when_it_was_made(brief):
    _, _, page = brief
    assert "Made by plangraph on 30/11/2026 09:00" in page
    assert "Crime Prevention 4P (Burglary &amp; Robbery).xlsx (delivery plan, saved 2018-05-04)" in page


def test_it_holds_no_script_and_fetches_nothing(brief):
    _, _, page = brief
    assert "<script" not in page.lower() and 'content="default-src \'none\'' in page
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page) and "url(" not in page


def test_it_opens_and_prints_in_chromium_with_nothing_fetched(brief, browser, screenshots):
    path, facts, _ = brief
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    assert page.get_by_role("heading", level=1).inner_text() == "Essex: what the delivery plans say"
    assert requests == [path.as_uri()]
    if screenshots:
        page.screenshot(path=str(screenshots / "brief.png"))
    page.emulate_media(media="print")
    widest = page.evaluate("() => Math.max(...[...document.querySelectorAll('table')].map(t => t.scrollWidth))")
    assert widest <= page.evaluate("() => document.body.clientWidth")
    assert page.pdf(format="A4")[:4] == b"%PDF"
    page.close()


def test_the_command_writes_it(tmp_path):
    assert CliRunner().invoke(main, ["load"]).exit_code == 0
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(main, ["brief", "--output", str(out)])
    assert result.exit_code == 0 and "212 tasks, 6 overloaded owners" in result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
