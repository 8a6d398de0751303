// Deletes every mapping, round, record and change but keeps the store-wide version, which only ever goes up.
MATCH (n)
WHERE n:Actor OR n:Collaboration OR n:Forum OR n:Source OR n:Mapping OR n:Round OR n:Change OR n:Layout OR (n:Meta AND n.roundId IS NOT NULL)
DETACH DELETE n
