// Remove the problems saved with a partnership's graph loaded before (a save replaces them).
// Parameters: $partnership, its name.
MATCH (p:LoadProblem {partnership: $partnership})
DELETE p
