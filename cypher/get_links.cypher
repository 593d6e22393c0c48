// Every task-to-task link, from the citing task to the cited one, with its evidence.
// Parameters: none.
MATCH (a:Task)-[r:LINKED_TO]->(b:Task)
RETURN a.key AS start, b.key AS end, r.kind AS kind, r.confidence AS confidence,
       r.inferred AS inferred, r.evidence AS evidence, r.source_cell AS cell
ORDER BY start, end
