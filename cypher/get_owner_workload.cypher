// Tasks per owner: how many, how many still open, shared with others, across which areas and workstreams.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (t:Task {partnership: partnership})-[r:OWNED_BY]->(o:Owner)
USING INDEX t:Task(partnership)
WITH o, t, r ORDER BY coalesce(t.area, ''), t.workstream
RETURN o.partnership AS partnership, o.key AS owner, o.name AS name, o.kind AS kind, count(t) AS tasks,
       sum(CASE WHEN t.status = 'completed' THEN 0 ELSE 1 END) AS open,
       sum(CASE WHEN r.joint THEN 1 ELSE 0 END) AS shared,
       [a IN collect(DISTINCT t.area) WHERE a IS NOT NULL] AS areas,
       collect(DISTINCT t.workstream) AS workstreams
ORDER BY partnership, tasks DESC, owner
