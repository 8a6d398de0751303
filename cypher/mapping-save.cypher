// Create or replace a mapping's properties; the adapter has checked what may be replaced.
MERGE (m:Mapping {id: $props.id})
SET m = $props
