"""Limits with defaults, and the time a file may take."""

from __future__ import annotations

import dataclasses

import pytest

from loaders.workbooks.guard import Deadline, Limits, WorkbookError


def test_limits_are_frozen_and_above_any_plan():
    limits = Limits()
    with pytest.raises(dataclasses.FrozenInstanceError):
        limits.max_cells = 1  # type: ignore[misc]
    assert limits.max_cells >= 100_000 and limits.max_seconds >= 30


def test_a_deadline_passes_until_its_time_is_spent():
    Deadline("plan.xlsx", 60).check()
    with pytest.raises(WorkbookError, match="plan.xlsx: took longer than 0 seconds to read"):
        Deadline("plan.xlsx", 0).check()
