// Deletes every node and relationship in the database: for tests only.
MATCH (n)
DETACH DELETE n
