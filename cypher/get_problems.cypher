// The problems saved with the graph, in the order the load met them.
// Parameters: none.
MATCH (p:LoadProblem)
RETURN p.file AS file, p.sheet AS sheet, p.cell AS cell, p.message AS message, p.severity AS severity, p.code AS code
ORDER BY p.order
