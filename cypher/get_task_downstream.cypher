// One step of a walk down a chain: the links into each task of $keys (what waits on them), with the task each
// comes from; duplicate links are not dependencies, inferred links only if asked. The store walks step by step.
// Parameters: $keys (task keys), $include_inferred (true to follow inferred links), $partnership (its name).
UNWIND $keys AS key
MATCH (t:Task {partnership: $partnership, key: key})<-[r:LINKED_TO]-(u:Task)
WHERE r.kind <> 'duplicate' AND ($include_inferred OR NOT coalesce(r.inferred, false))
RETURN key AS from, u.key AS key, u.ref AS ref, u.workstream AS workstream, t.partnership AS partnership,
       u.key AS start, t.key AS end, r.kind AS kind, r.confidence AS confidence,
       coalesce(r.inferred, false) AS inferred, coalesce(r.reversed, false) AS reversed, r.evidence AS evidence,
       r.source_file AS file, r.source_sheet AS sheet, r.source_cell AS cell
