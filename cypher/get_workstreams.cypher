// The workstreams (one task table or priority each), with their area, sheet and workbook.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (w:Workstream {partnership: partnership})
RETURN w.partnership AS partnership, w.key AS key, w.name AS name, w.area AS area, w.sheet AS sheet, w.plan AS plan
ORDER BY partnership, key
