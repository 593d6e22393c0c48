"""explorer.answers: the library's answers the pages show, cached by the
store's version and the partnership looked at."""

from __future__ import annotations

import io
import json

import openpyxl

from explorer import answers, loading, state
from explorer.views.chains import chain_table
from explorer.views.task import written_table

KC = "Violence - Knife crime"


def test_the_row_of_knife_crime_28_as_written(home):
    task = answers.task(state.token(), f"{KC}#28")
    assert written_table(task["as_written"]).values.tolist() == [
        ["Strand", "C31", "PREPARE", "C25"],  # a merged strand cell, typed in C25
        ["Task", "E31", "Use social media to engage and empower young people to make the right decisions", "E31"],
        ["How", "G31", "Linked to actions (1) (2) (8) (23) (24)", "G31"],
        ["Who", "I31", "SS", "I31"],
        ["When", "K31", "1st review 15/6/18", "K31"],
        ["Action No", "M31", "28", "M31"],
    ]
    assert answers.task(state.token(), "no such task") is None


def test_downloads_of_the_whole_graph_and_the_leadership_report(home):
    tok = state.token()
    graphml = answers.graph_file(tok, "graphml")
    assert graphml.startswith(b"<?xml") and b"Violence - Knife crime#28" in graphml
    assert json.loads(answers.graph_file(tok, "json"))["nodes"]
    assert b"<gexf" in answers.graph_file(tok, "gexf")
    book = openpyxl.load_workbook(io.BytesIO(answers.leadership_report(tok, 20)))
    assert book.sheetnames[:2] == ["Read me", "Owners"]
    owners = book["Owners"]
    assert [owners["A2"].value, owners["C2"].value] == ["CI Sam Smith", 26]
    brief = answers.brief(tok).decode("utf-8")
    assert brief.startswith("<!DOCTYPE html>") and "Essex: what the delivery plans say" in brief


def test_cached_answers(home):
    tok = state.token()
    assert answers.find_tasks(tok, "knife 28") == [f"{KC}#28"]
    tasks = answers.tasks(tok)
    up = chain_table(answers.chain(tok, f"{KC}#28", "up", 1, True, None), tasks)
    assert up["no."].tolist() == ["1", "2", "8", "23", "24"]
    assert answers.workload(tok, None)["threshold"] == 10
    assert answers.forum_overview(tok, "strategy").forums["Gangs & Knife Crime"] == {
        "Community Safety Hub": 1, "Community Safety Partnership": 1, "Operation Raptor": 1}
    page, shown, total = answers.chain_html(tok, f"{KC}#28", None, True, None)
    assert "task?task=Violence%20-%20Knife%20crime%2328" in page and shown == total
    assert "task?task=" not in answers.chain_html(tok, f"{KC}#28", None, True, None, False)[0]


def test_a_task_page_gets_its_links_owners_and_mentions(home):
    tok = state.token()
    out, into = answers.task_links(tok, f"{KC}#28")
    assert sorted(r["end"] for r in out) == [f"{KC}#{n}" for n in ("1", "2", "23", "24", "8")] and into == []
    assert [(o["name"], o["written_as"], o["cell"]) for o in answers.task_owners(tok, f"{KC}#28")] == [
        ("CI Sam Smith", "SS", "I31")]
    assert all(m["task"] == "House Burglary & Street Robbery#2"
               for m in answers.task_mentions(tok, "House Burglary & Street Robbery#2"))


def test_a_new_load_is_seen_at_once(home, hostile_workbook):
    before = state.token()
    assert answers.counts(before)["tasks"] == 212
    assert loading.load_paths([hostile_workbook], partnership="Essex").saved  # Essex replaced by two tasks
    after = state.token()
    assert after != before and answers.counts(after)["tasks"] == 2


def test_answers_are_about_the_partnership_looked_at(home, hostile_workbook):
    assert loading.load_paths([hostile_workbook], partnership="Westmere").saved
    state.choose_partnership("Essex")  # outside a page this is not kept: the first, Essex, is looked at
    essex = state.token()
    assert answers.counts(essex)["tasks"] == 212
    westmere = type(essex)(essex.store, essex.home, essex.version, "Westmere")
    assert answers.counts(westmere)["tasks"] == 2 and answers.find_tasks(westmere, "knife") == []
    assert [s.forum for s in answers.across(essex, "tasks")] == ["Community Safety Partnership"]
