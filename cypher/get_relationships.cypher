// Every relationship of one partnership's graph with its ends and properties, to read the whole graph back.
// Parameters: $partnership, its name.
MATCH (a:PlanItem {partnership: $partnership})-[r]->(b:PlanItem)
RETURN type(r) AS type, [l IN labels(a) WHERE l <> 'PlanItem'][0] AS start_label, a.key AS start,
       [l IN labels(b) WHERE l <> 'PlanItem'][0] AS end_label, b.key AS end, properties(r) AS props
ORDER BY r.uid
