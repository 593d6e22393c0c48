// Add or update Forum nodes, one row each; a node's properties are replaced by the row's.
// Parameters: $rows, a list of {key, props} (props holds every property, uid and key included).
UNWIND $rows AS row
MERGE (n:Forum {key: row.key})
SET n = row.props
