// References to tasks that do not exist, kept on the citing task with the words they were read from.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (t:Task {partnership: partnership})
WHERE size(coalesce(t.dangling_links, [])) > 0
UNWIND t.dangling_links AS note
RETURN t.partnership AS partnership, t.key AS key, note
ORDER BY partnership, key
