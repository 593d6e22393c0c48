// Every task (or those of $keys) with what tables, filters and maps show of it: its words, dates, status,
// owners and how many links it has each way.
// Parameters: $partnerships (the partnerships asked about: one, or every one held), $keys (null for every task, or a list of task keys).
UNWIND $partnerships AS partnership
MATCH (t:Task {partnership: partnership})
WHERE $keys IS NULL OR t.key IN $keys
RETURN t.partnership AS partnership, t.key AS key, t.ref AS ref, t.workstream AS workstream, t.area AS area,
       t.text AS text, coalesce(t.how, '') AS how, coalesce(t.who, '') AS who, coalesce(t.when, '') AS when,
       coalesce(t.strands, []) AS strands, t.status AS status, t.due AS due, t.due_from AS due_from,
       coalesce(t.due_precision, '') AS due_precision, coalesce(t.due_is_review, false) AS due_is_review,
       coalesce(t.rag, '') AS rag, coalesce(t.plan, '') AS plan, t.source_file AS file, t.source_sheet AS sheet,
       t.source_cell AS cell,
       COLLECT { MATCH (t)-[:OWNED_BY]->(o:Owner) RETURN o.name ORDER BY o.name } AS owners,
       size([(t)-[:LINKED_TO]->() | 1]) AS links_out, size([(t)<-[:LINKED_TO]-() | 1]) AS links_in
ORDER BY partnership, key
