// Add or update LINKED_TO relationships (Task to Task), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Task {key: row.start})
MATCH (b:Task {key: row.end})
MERGE (a)-[r:LINKED_TO {uid: row.uid}]->(b)
SET r = row.props
