// The workbooks loaded: their title, kind, date, and whether a newer version set them aside.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (p:Plan {partnership: partnership})
RETURN p.partnership AS partnership, p.key AS key, p.title AS title, p.kind AS kind, p.date AS date,
       p.current AS current, p.superseded_by AS superseded_by, p.reviewed AS reviewed
ORDER BY partnership, key
