// Add or update HAS_AIM relationships (Area to Aim), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Area {key: row.start})
MATCH (b:Aim {key: row.end})
MERGE (a)-[r:HAS_AIM {uid: row.uid}]->(b)
SET r = row.props
