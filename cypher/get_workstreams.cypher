// The workstreams (one task table or priority each), with their area, sheet and workbook.
// Parameters: $partnership (null for every partnership).
MATCH (w:Workstream)
WHERE $partnership IS NULL OR w.partnership = $partnership
RETURN w.partnership AS partnership, w.key AS key, w.name AS name, w.area AS area, w.sheet AS sheet, w.plan AS plan
ORDER BY partnership, key
