MATCH (m:Mapping {id: $id})
RETURN m {.*} AS mapping
