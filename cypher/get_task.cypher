// One task: every property, its owners and where it was read.
// Parameters: $key (the task's key, "Violence - Gangs#7"), $partnership (null to look in every partnership).
MATCH (t:Task {key: $key})
WHERE $partnership IS NULL OR t.partnership = $partnership
OPTIONAL MATCH (t)-[:OWNED_BY]->(o:Owner)
WITH t, o ORDER BY o.name
WITH t, [n IN collect(o.name) WHERE n IS NOT NULL] AS owners
RETURN properties(t) AS props, owners
ORDER BY t.partnership
