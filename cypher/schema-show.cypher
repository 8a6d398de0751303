// What init() created, for tests and diagnostics.
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
RETURN name, type, labelsOrTypes[0] AS label, properties
ORDER BY name
