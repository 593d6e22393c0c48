// The forums and partners each area works through, as the strategy lists them.
// Parameters: none.
MATCH (a:Area)-[:WORKS_THROUGH]->(f)
RETURN a.key AS area, f.key AS forum, CASE WHEN f:Partner THEN 'Partner' ELSE 'Forum' END AS label
ORDER BY area, forum
