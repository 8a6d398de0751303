// Deletes every record but keeps the graph version, which only ever goes up.
MATCH (n)
WHERE n:Actor OR n:Collaboration OR n:Forum OR n:Source
DETACH DELETE n
