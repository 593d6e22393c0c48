// Create the Forum nodes of one partnership's load (its old ones were removed first), one row each.
// Parameters: $rows, a list of {props} (props holds every property, uid, key and partnership included).
UNWIND $rows AS row
CREATE (n:Forum:PlanItem)
SET n = row.props
