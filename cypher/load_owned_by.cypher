// Add or update OWNED_BY relationships (Task to Owner), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Task {key: row.start})
MATCH (b:Owner {key: row.end})
MERGE (a)-[r:OWNED_BY {uid: row.uid}]->(b)
SET r = row.props
