SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint
WHERE owningConstraint IS NULL AND labelsOrTypes IS NOT NULL
RETURN name, type, labelsOrTypes[0] AS label, properties
ORDER BY name
