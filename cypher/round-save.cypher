// Create a round or change its properties (never its counters; base is set once, when made).
MERGE (r:Round {mappingId: $props.mappingId, id: $props.id})
SET r += $props
