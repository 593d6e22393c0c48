// Every relationship of the plan graph with its ends and properties, to read the whole graph back.
// Parameters: none.
MATCH (a)-[r]->(b)
WHERE r.uid IS NOT NULL
RETURN type(r) AS type, labels(a)[0] AS start_label, a.key AS start, labels(b)[0] AS end_label,
       b.key AS end, properties(r) AS props
ORDER BY r.uid
