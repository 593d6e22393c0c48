// How many nodes of each label the graphs hold.
// Parameters: $partnership (null for every partnership).
MATCH (n:PlanItem)
WHERE $partnership IS NULL OR n.partnership = $partnership
WITH [l IN labels(n) WHERE l <> 'PlanItem'][0] AS label
RETURN label, count(*) AS count
ORDER BY label
