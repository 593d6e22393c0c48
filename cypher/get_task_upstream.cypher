// What a task depends on: the tasks it cites, and what they cite, to a depth.
// Duplicate links are not dependencies; inferred cross-workstream links only if asked.
// Parameters: $key (the task's key), $depth (how many links to follow, at most 20),
//   $include_inferred (true to follow inferred links).
MATCH p = (t:Task {key: $key})-[:LINKED_TO*1..20]->(u:Task)
WHERE length(p) <= $depth AND u <> t
  AND none(r IN relationships(p) WHERE r.kind = 'duplicate' OR (r.inferred AND NOT $include_inferred))
RETURN u.key AS key, u.ref AS ref, u.workstream AS workstream, min(length(p)) AS depth
ORDER BY depth, key
