// One task: every property, its owners and where it was read.
// Parameters: $key (the task's key, "Violence - Gangs#7"), $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (t:Task {partnership: partnership, key: $key})
OPTIONAL MATCH (t)-[:OWNED_BY]->(o:Owner)
WITH t, o ORDER BY o.name
WITH t, [n IN collect(o.name) WHERE n IS NOT NULL] AS owners
RETURN properties(t) AS props, owners
ORDER BY t.partnership
