// Every node of one partnership's graph with its label and properties, to read the whole graph back (exports).
// Parameters: $partnership, its name.
MATCH (n:PlanItem {partnership: $partnership})
RETURN [l IN labels(n) WHERE l <> 'PlanItem'][0] AS label, properties(n) AS props
ORDER BY n.uid
