// The strategy's aims for each area.
// Parameters: $partnership (null for every partnership).
MATCH (a:Aim)
WHERE $partnership IS NULL OR a.partnership = $partnership
RETURN a.partnership AS partnership, a.key AS key, a.area AS area, a.text AS text, a.number AS number
ORDER BY partnership, key
