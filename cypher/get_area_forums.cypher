// The forums and partners each area works through, as registers, title blocks and Partners cells name them.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (a:Area {partnership: partnership})-[r:WORKS_THROUGH]->(f)
USING INDEX a:Area(partnership)
RETURN a.partnership AS partnership, a.key AS area, f.key AS forum,
       CASE WHEN f:Partner THEN 'Partner' ELSE 'Forum' END AS label, coalesce(r.written_as, '') AS written_as,
       coalesce(r.split_from, '') AS split_from
ORDER BY partnership, area, forum
