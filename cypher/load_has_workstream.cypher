// Add or update HAS_WORKSTREAM relationships (Area to Workstream), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Area {key: row.start})
MATCH (b:Workstream {key: row.end})
MERGE (a)-[r:HAS_WORKSTREAM {uid: row.uid}]->(b)
SET r = row.props
