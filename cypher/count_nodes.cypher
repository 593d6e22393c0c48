// How many nodes of each label the graph holds.
// Parameters: none.
MATCH (n)
WHERE n.uid IS NOT NULL
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
