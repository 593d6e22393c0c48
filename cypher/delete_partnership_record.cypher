// Remove the record of a partnership taken out of the store (its nodes are removed by delete_partnership).
// Parameters: $partnership, its name.
MATCH (p:Partnership {name: $partnership})
DELETE p
