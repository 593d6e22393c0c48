// Remove one partnership's nodes and relationships, before its new load is written (in the same transaction).
// Parameters: $partnership, its name.
MATCH (n:PlanItem {partnership: $partnership})
DETACH DELETE n
