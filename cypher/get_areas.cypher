// The areas of the strategy (or the priorities the plans name).
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (a:Area {partnership: partnership})
RETURN a.partnership AS partnership, a.key AS key, a.name AS name, coalesce(a.vision, '') AS vision
ORDER BY partnership, key
