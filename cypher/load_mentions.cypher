// Add or update MENTIONS relationships (Task to Forum or Partner), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Task {key: row.start})
MATCH (b:Forum|Partner {key: row.end})
WHERE row.end_label IN labels(b)
MERGE (a)-[r:MENTIONS {uid: row.uid}]->(b)
SET r = row.props
