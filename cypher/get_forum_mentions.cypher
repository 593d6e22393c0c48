// The tasks that name each forum or partner, with their area and workstream.
// Parameters: none.
MATCH (t:Task)-[r:MENTIONS]->(f)
RETURN f.key AS forum, CASE WHEN f:Partner THEN 'Partner' ELSE 'Forum' END AS label,
       t.area AS area, t.workstream AS workstream, t.key AS task, r.evidence AS evidence
ORDER BY forum, task
