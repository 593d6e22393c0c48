// One task with its owners and where it was read.
// Parameters: $key, the task's key ("Violence - Gangs#7").
MATCH (t:Task {key: $key})
OPTIONAL MATCH (t)-[:OWNED_BY]->(o:Owner)
WITH t, o ORDER BY o.name
RETURN t.key AS key, t.ref AS ref, t.text AS text, t.workstream AS workstream, t.area AS area,
       t.how AS how, t.who AS who, t.when AS when, t.due AS due, t.status AS status,
       t.strands AS strands, t.source_file AS file, t.source_sheet AS sheet, t.source_cell AS cell,
       collect(o.name) AS owners
