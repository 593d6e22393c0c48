// Who leads which area or workstream, and as what (strategic lead, delivery lead, plan owner, ...).
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (o:Owner {partnership: partnership})-[r:LEADS]->(x)
USING INDEX o:Owner(partnership)
RETURN o.partnership AS partnership, o.key AS owner, CASE WHEN x:Area THEN 'Area' ELSE 'Workstream' END AS label,
       x.key AS target, coalesce(r.role, '') AS role
ORDER BY partnership, owner, label, target, role
