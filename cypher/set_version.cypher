// Mark that the store changed (every save), so that answers kept by readers are known to be out of date.
// Parameters: $version, a new stamp.
MERGE (v:StoreVersion {id: 1})
SET v.version = $version
