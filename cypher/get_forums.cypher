// Every forum and partner, with its acronym, other names, chair and how often it meets.
// Parameters: $partnership (null for every partnership).
MATCH (f)
WHERE (f:Forum OR f:Partner) AND ($partnership IS NULL OR f.partnership = $partnership)
RETURN f.partnership AS partnership, CASE WHEN f:Partner THEN 'Partner' ELSE 'Forum' END AS label, f.key AS key,
       f.name AS name, f.acronym AS acronym, coalesce(f.aliases, []) AS aliases, coalesce(f.chair, '') AS chair,
       coalesce(f.frequency, '') AS frequency
ORDER BY partnership, label, key
