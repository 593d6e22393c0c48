"""The library's answers shaped into the tables the pages show: one module
per page (overview, chains, owners, forums, task, quality) and what they
share (common). Pure functions over the store's rows and the analyses'
values, returning pandas DataFrames with plain column names, so each table
can be tested without a browser and every page says what the CLI says."""
