// The partnerships the store holds, with how many tasks and plans each.
// Parameters: none.
MATCH (n:PlanItem)
WITH n.partnership AS partnership, count(CASE WHEN n:Task THEN 1 END) AS tasks,
     count(CASE WHEN n:Plan THEN 1 END) AS plans
RETURN partnership, tasks, plans
ORDER BY partnership
