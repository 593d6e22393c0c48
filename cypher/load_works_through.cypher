// Create the WORKS_THROUGH relationships of one partnership's load, one row each.
// Parameters: $rows, a list of {start, end, props} (start and end are the uids of its nodes).
UNWIND $rows AS row
MATCH (a:PlanItem {uid: row.start})
MATCH (b:PlanItem {uid: row.end})
CREATE (a)-[r:WORKS_THROUGH]->(b)
SET r = row.props
