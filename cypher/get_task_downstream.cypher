// What waits on a task: the tasks that cite it, and what cites them, to a depth.
// Duplicate links are not dependencies; inferred cross-workstream links only if asked.
// Parameters: $key (the task's key), $depth (how many links to follow, at most 20),
//   $include_inferred (true to follow inferred links).
MATCH p = (u:Task)-[:LINKED_TO*1..20]->(t:Task {key: $key})
WHERE length(p) <= $depth AND u <> t
  AND none(r IN relationships(p) WHERE r.kind = 'duplicate' OR (r.inferred AND NOT $include_inferred))
RETURN u.key AS key, u.ref AS ref, u.workstream AS workstream, min(length(p)) AS depth
ORDER BY depth, key
