// Save the problems a partnership's load met, so that `plangraph check` can list them later; they are not plan nodes.
// Parameters: $rows, a list of {file, sheet, cell, message, severity, code, order, partnership}.
UNWIND $rows AS row
CREATE (p:LoadProblem)
SET p = row
