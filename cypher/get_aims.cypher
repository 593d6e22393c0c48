// The strategy's aims for each area.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (a:Aim {partnership: partnership})
RETURN a.partnership AS partnership, a.key AS key, a.area AS area, a.text AS text, a.number AS number
ORDER BY partnership, key
