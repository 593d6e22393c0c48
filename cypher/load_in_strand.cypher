// Add or update IN_STRAND relationships (Task to Strand), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Task {key: row.start})
MATCH (b:Strand {key: row.end})
MERGE (a)-[r:IN_STRAND {uid: row.uid}]->(b)
SET r = row.props
