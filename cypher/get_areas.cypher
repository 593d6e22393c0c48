// The areas of the strategy (or the priorities the plans name).
// Parameters: $partnership (null for every partnership).
MATCH (a:Area)
WHERE $partnership IS NULL OR a.partnership = $partnership
RETURN a.partnership AS partnership, a.key AS key, a.name AS name, coalesce(a.vision, '') AS vision
ORDER BY partnership, key
