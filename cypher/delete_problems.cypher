// Remove the problems saved with the graph loaded before (a save replaces them).
// Parameters: none.
MATCH (p:LoadProblem)
DELETE p
