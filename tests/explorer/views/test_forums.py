"""explorer.views.forums: the forums areas share, read off the Essex plans."""

from __future__ import annotations

from explorer import answers
from explorer.views.forums import (forum_names, heat_table, matrix_long, overlap_table, shared_table,
                                   unlisted_table)


def test_forum_tables_hold_the_two_forums_five_areas_share(tok):
    strategy = answers.forum_overview(tok, "strategy")
    shared = shared_table(strategy.shared)
    assert shared.head(2)[["forum", "areas"]].values.tolist() == [["Community Safety Hub", 5],
                                                                  ["Community Safety Partnership", 5]]
    heat = heat_table(strategy.forums, counted=False)
    assert heat.index[:2].tolist() == ["Community Safety Hub", "Community Safety Partnership"]  # most shared first
    assert heat.loc["Community Safety Hub", "areas"] == 5 and heat.loc["Community Safety Hub", "Gangs & Knife Crime"] == "✓"
    long = matrix_long(answers.forum_overview(tok, "tasks").forums)
    csp = long[long["forum"] == "Community Safety Partnership"]
    assert sorted(csp["area"]) == ["Extremism & Radicalisation", "Gangs & Knife Crime", "Hate Crime",
                                   "House Burglary & Street Robbery", "Serious & Organised Crime"]
    overlap = overlap_table(strategy.overlap)
    assert overlap.iloc[0][["area", "other area", "shared", "overlap %"]].tolist() == [
        "Extremism & Radicalisation", "Hate Crime", 4, 100]
    assert len(forum_names(answers.forums(tok))) == 35 + 31
    assert set(unlisted_table(strategy.unlisted)["what"]) <= {u.direction for u in strategy.unlisted}
