// References to tasks that do not exist, kept on the citing task with the words they were read from.
// Parameters: $partnership (null for every partnership).
MATCH (t:Task)
WHERE ($partnership IS NULL OR t.partnership = $partnership) AND size(coalesce(t.dangling_links, [])) > 0
UNWIND t.dangling_links AS note
RETURN t.partnership AS partnership, t.key AS key, note
ORDER BY partnership, key
