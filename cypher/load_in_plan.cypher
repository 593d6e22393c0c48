// Add or update IN_PLAN relationships (Workstream to Plan), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Workstream {key: row.start})
MATCH (b:Plan {key: row.end})
MERGE (a)-[r:IN_PLAN {uid: row.uid}]->(b)
SET r = row.props
