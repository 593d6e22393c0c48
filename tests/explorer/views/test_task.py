"""explorer.views.task: one task's fields, row, links, owners and forums, read off the Essex plans."""

from __future__ import annotations

from explorer import answers
from explorer.views.task import links_table, mentions_table, task_fields, task_owners_table

KC = "Violence - Knife crime"


def test_task_tables_of_knife_crime_2(tok):
    tasks = answers.tasks(tok)
    out, into = answers.task_links(tok, f"{KC}#2")
    waits_on, waiting = links_table(out, tasks, other_end="end"), links_table(into, tasks, other_end="start")
    assert waits_on[["task", "evidence", "cell"]].values.tolist() == [
        [f"{KC} #{r}", "linked to actions (17) (18) (19)", f"{KC} G5"] for r in ("17", "18", "19")]
    assert waiting["task"].tolist() == [f"{KC} #17", f"{KC} #18", f"{KC} #25", f"{KC} #28"]
    assert task_owners_table(answers.task_owners(tok, f"{KC}#2"))[["owner", "written as", "cell"]].values.tolist() \
        == [["CI Sam Smith", "SS", "I5"]]
    mentions = mentions_table(answers.task_mentions(tok, "House Burglary & Street Robbery#2"))
    assert mentions.values.tolist() == [["Serious Acquisitive Crime Forum", "forum", "SAC Forum", "task", "E4"]]
    values = dict(task_fields(answers.task(tok, f"{KC}#28")).values.tolist())
    assert values["When (as written)"] == "1st review 15/6/18" and values["The due date is a review date"] == "yes"
    assert values["Read from"] == f"Crime Prevention 4Ps (Gangs, knives & NTE).xlsx › {KC} › E31"
    assert not [f for f in values if "_" in f]  # every field in words
