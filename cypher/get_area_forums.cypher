// The forums and partners each area works through, as registers, title blocks and Partners cells name them.
// Parameters: $partnership (null for every partnership).
MATCH (a:Area)-[r:WORKS_THROUGH]->(f)
WHERE $partnership IS NULL OR a.partnership = $partnership
RETURN a.partnership AS partnership, a.key AS area, f.key AS forum,
       CASE WHEN f:Partner THEN 'Partner' ELSE 'Forum' END AS label, coalesce(r.written_as, '') AS written_as,
       coalesce(r.split_from, '') AS split_from
ORDER BY partnership, area, forum
