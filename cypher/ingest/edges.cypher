// Edges of one relationship type. __TYPE__ is replaced by a relation type of
// src/model/ontology.ts, never by input text. $rows: [{key, source, target, props}].
UNWIND $rows AS row
MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
MERGE (s)-[r:__TYPE__ {key: row.key}]->(t)
SET r += row.props
