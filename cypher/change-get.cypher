MATCH (c:Change {id: $id})
RETURN c {.*} AS change
