// The store's version stamp, changed by every save ("empty" before the first).
// Parameters: none.
OPTIONAL MATCH (v:StoreVersion {id: 1})
RETURN coalesce(v.version, 'empty') AS version
