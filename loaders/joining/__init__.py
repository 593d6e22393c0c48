"""Joining across workbooks: owners, links, versions, areas, forums."""
