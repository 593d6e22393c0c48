// Every forum and partner, with its acronym, other names, chair and how often it meets.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (f:PlanItem {partnership: partnership})
WHERE f:Forum OR f:Partner
RETURN f.partnership AS partnership, CASE WHEN f:Partner THEN 'Partner' ELSE 'Forum' END AS label, f.key AS key,
       f.name AS name, f.acronym AS acronym, coalesce(f.aliases, []) AS aliases, coalesce(f.chair, '') AS chair,
       coalesce(f.frequency, '') AS frequency
ORDER BY partnership, label, key
