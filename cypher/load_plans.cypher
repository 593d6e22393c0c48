// Create the Plan nodes of one partnership's load (its old ones were removed first), one row each.
// Parameters: $rows, a list of {props} (props holds every property, uid, key and partnership included).
UNWIND $rows AS row
CREATE (n:Plan:PlanItem)
SET n = row.props
