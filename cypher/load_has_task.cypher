// Add or update HAS_TASK relationships (Workstream to Task), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Workstream {key: row.start})
MATCH (b:Task {key: row.end})
MERGE (a)-[r:HAS_TASK {uid: row.uid}]->(b)
SET r = row.props
