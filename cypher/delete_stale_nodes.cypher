// Remove the nodes of an earlier load that the new graph no longer has (an updated plan's dropped tasks).
// Parameters: $keep, the uids ("Label:key") of every node of the new graph.
MATCH (n)
WHERE n.uid IS NOT NULL AND NOT n.uid IN $keep
DETACH DELETE n
