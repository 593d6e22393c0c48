// Every owner: a person, role, team or group, with every spelling the plans used and why they are one.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (o:Owner {partnership: partnership})
RETURN o.partnership AS partnership, o.key AS key, o.name AS name, coalesce(o.kind, 'unknown') AS kind,
       o.initials AS initials, coalesce(o.role, '') AS role, coalesce(o.organisation, '') AS organisation,
       coalesce(o.spellings, []) AS spellings, coalesce(o.evidence, []) AS evidence
ORDER BY partnership, key
