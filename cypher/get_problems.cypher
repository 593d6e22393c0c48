// The problems saved with each partnership's graph, in the order its load met them.
// Parameters: $partnerships (the partnerships asked about: one, or every one held).
UNWIND $partnerships AS partnership
MATCH (p:LoadProblem {partnership: partnership})
RETURN p.file AS file, p.sheet AS sheet, p.cell AS cell, p.message AS message, p.severity AS severity, p.code AS code
ORDER BY p.partnership, p.order
