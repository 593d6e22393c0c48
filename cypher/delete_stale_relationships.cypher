// Remove the relationships of an earlier load that the new graph no longer has.
// Parameters: $keep, the uids of every relationship of the new graph.
MATCH ()-[r]->()
WHERE r.uid IS NOT NULL AND NOT r.uid IN $keep
DELETE r
