// The tasks that name each forum or partner, with their area, workstream, the words, the cell's field and the cell.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (t:Task {partnership: partnership})-[r:MENTIONS]->(f)
USING INDEX t:Task(partnership)
RETURN t.partnership AS partnership, f.key AS forum, CASE WHEN f:Partner THEN 'Partner' ELSE 'Forum' END AS label,
       t.area AS area, t.workstream AS workstream, t.key AS task, r.evidence AS evidence,
       coalesce(r.field, '') AS field, coalesce(r.source_cell, '') AS cell
ORDER BY partnership, forum, task
