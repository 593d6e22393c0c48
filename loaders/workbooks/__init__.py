"""Reading workbooks: cells, sheets, task tables, leads and registers, as written."""
