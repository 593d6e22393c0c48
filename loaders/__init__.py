"""Reading delivery-plan workbooks and strategy registers into a plan graph.

Loaders read files and return model objects plus a list of problems (file,
sheet, cell, message). They never print and never talk to a database.
"""

from .load import load_plans, sample_data, workbook_paths
from .report import LoadResult, SheetSummary

__all__ = ["load_plans", "sample_data", "workbook_paths", "LoadResult", "SheetSummary"]
