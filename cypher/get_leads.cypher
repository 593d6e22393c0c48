// Who leads which area or workstream, and as what (strategic lead, delivery lead, plan owner, ...).
// Parameters: $partnership (null for every partnership).
MATCH (o:Owner)-[r:LEADS]->(x)
WHERE $partnership IS NULL OR o.partnership = $partnership
RETURN o.partnership AS partnership, o.key AS owner, CASE WHEN x:Area THEN 'Area' ELSE 'Workstream' END AS label,
       x.key AS target, coalesce(r.role, '') AS role
ORDER BY partnership, owner, label, target, role
