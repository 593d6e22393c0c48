// Add or update WORKS_THROUGH relationships (Area to Forum or Partner), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Area {key: row.start})
MATCH (b:Forum|Partner {key: row.end})
WHERE row.end_label IN labels(b)
MERGE (a)-[r:WORKS_THROUGH {uid: row.uid}]->(b)
SET r = row.props
