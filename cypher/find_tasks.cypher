// Tasks whose words, number or owner match what a person typed (case does not matter).
// Parameters: $words, the text to look for.
MATCH (t:Task)
OPTIONAL MATCH (t)-[:OWNED_BY]->(o:Owner)
WITH t, collect(toLower(o.name)) AS owners, toLower($words) AS q
WHERE toLower(t.text) CONTAINS q OR t.ref = $words OR any(name IN owners WHERE name CONTAINS q)
RETURN t.key AS key, t.ref AS ref, t.workstream AS workstream, t.text AS text
ORDER BY key
