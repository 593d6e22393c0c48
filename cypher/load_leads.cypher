// Add or update LEADS relationships (Owner to Area or Workstream), one row each.
// Parameters: $rows, a list of {start, end, end_label, uid, props} (start and end are node keys).
UNWIND $rows AS row
MATCH (a:Owner {key: row.start})
MATCH (b:Area|Workstream {key: row.end})
WHERE row.end_label IN labels(b)
MERGE (a)-[r:LEADS {uid: row.uid}]->(b)
SET r = row.props
