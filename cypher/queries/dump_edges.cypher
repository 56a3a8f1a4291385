// Every relationship, MENTIONS included, for export.
MATCH (s)-[r]->(o)
RETURN r.key AS key, s.key AS source, o.key AS target, properties(r) AS attributes, type(r) AS type
