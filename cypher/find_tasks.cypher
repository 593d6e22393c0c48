// Tasks that fit every word a person typed: a number matches a task's ref exactly, any other word (any case)
// part of its workstream, text, Who cell or an owner's name (plangraph.stores.search says the same in Python).
// Parameters: $words (the typed words, lower case, as a list), $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (t:Task {partnership: partnership})
OPTIONAL MATCH (t)-[:OWNED_BY]->(o:Owner)
WITH t, collect(o.name) AS owners
WITH t, toLower(t.workstream + ' ' + t.text + ' ' + coalesce(t.who, '') + ' '
                + reduce(s = '', n IN owners | s + ' ' + n)) AS hay
WHERE size($words) > 0
  AND all(w IN $words WHERE CASE WHEN w =~ '[0-9.]+' THEN toLower(t.ref) = w ELSE hay CONTAINS w END)
RETURN t.partnership AS partnership, t.key AS key, t.ref AS ref, t.workstream AS workstream, t.text AS text
ORDER BY partnership, key
