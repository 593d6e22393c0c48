// How many nodes of each label the graphs hold.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (n:PlanItem {partnership: partnership})
WITH [l IN labels(n) WHERE l <> 'PlanItem'][0] AS label
RETURN label, count(*) AS count
ORDER BY label
