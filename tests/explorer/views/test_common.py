"""explorer.views.common: any query's rows as a table."""

from __future__ import annotations

from explorer.views.common import rows_frame, task_label


def test_rows_frame_shows_any_query_answer():
    frame = rows_frame([{"t": {"key": "W#1"}, "n": 1}, {"n": 2, "areas": ["DA", "Hate"], "t": "x"}])
    assert list(frame.columns) == ["t", "n", "areas"]
    assert frame[["t", "n"]].values.tolist() == [['{"key": "W#1"}', 1], ["x", 2]]
    assert frame.loc[1, "areas"] == "DA, Hate"


def test_a_long_task_is_cut_with_an_ellipsis():
    label = task_label({"workstream": "W", "ref": "1", "text": "word " * 40})
    assert label.startswith("W #1 · word word") and label.endswith("…") and len(label) <= 7 + 90
