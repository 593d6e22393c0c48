// The partnerships the store holds, with how many tasks and plans each.
// Parameters: none.
MATCH (p:Plan)
WITH p.partnership AS partnership, count(p) AS plans
OPTIONAL MATCH (t:Task {partnership: partnership})
RETURN partnership, count(t) AS tasks, plans
ORDER BY partnership
