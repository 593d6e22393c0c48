// Save the problems the load met, so that `plangraph check` can list them later; they are not part of the plan graph.
// Parameters: $rows, a list of {file, sheet, cell, message, severity, code, order}.
UNWIND $rows AS row
CREATE (p:LoadProblem)
SET p = row
