// The partnerships the store holds, with how many tasks and plans each (kept on a Partnership node by each save,
// so the question reads one node a partnership, not the graph).
// Parameters: none.
MATCH (p:Partnership)
RETURN p.name AS partnership, p.tasks AS tasks, p.plans AS plans
ORDER BY partnership
