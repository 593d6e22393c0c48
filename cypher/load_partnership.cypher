// Record a partnership saved, with how many tasks and plans it holds (get_partnerships reads these).
// Parameters: $partnership (its name), $tasks, $plans.
MERGE (p:Partnership {name: $partnership})
SET p.tasks = $tasks, p.plans = $plans
