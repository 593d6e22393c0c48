// Remove nodes saved by plangraph before stores held partnerships (they have a uid but no PlanItem label):
// the first save of this version (once per store opened) replaces them.
// Parameters: none.
MATCH (n)
WHERE n.uid IS NOT NULL AND NOT n:PlanItem
DETACH DELETE n
