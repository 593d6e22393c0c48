// Each task an owner holds, with what the workload questions split it by (area, workstream, strands, status),
// and the cell its Who was read from.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (t:Task {partnership: partnership})-[r:OWNED_BY]->(o:Owner)
USING INDEX t:Task(partnership)
RETURN t.partnership AS partnership, o.key AS owner, t.key AS task, coalesce(r.joint, false) AS joint,
       coalesce(r.written_as, '') AS written_as, t.area AS area, t.workstream AS workstream,
       coalesce(t.strands, []) AS strands, t.status AS status, coalesce(r.source_cell, '') AS cell
ORDER BY partnership, owner, task
