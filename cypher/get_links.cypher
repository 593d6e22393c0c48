// Every task-to-task link, from the task that depends to the task it depends on, with its evidence and cell.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (a:Task {partnership: partnership})-[r:LINKED_TO]->(b:Task)
USING INDEX a:Task(partnership)
RETURN a.partnership AS partnership, a.key AS start, b.key AS end, r.kind AS kind, r.confidence AS confidence,
       coalesce(r.inferred, false) AS inferred, coalesce(r.reversed, false) AS reversed, r.evidence AS evidence,
       r.source_file AS file, r.source_sheet AS sheet, r.source_cell AS cell
ORDER BY partnership, start, end
