// Every node of the plan graph with its label and properties, to read the whole graph back.
// Parameters: none.
MATCH (n)
WHERE n.uid IS NOT NULL
RETURN labels(n)[0] AS label, properties(n) AS props
ORDER BY n.uid
