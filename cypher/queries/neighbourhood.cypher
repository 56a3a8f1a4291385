// The focus entities, everything within $depth (1 to 4) edges of them, and every
// edge among those nodes. Breadth-first, one step per block, so no path is enumerated.
// $focus: entity keys; $depth: 1..3; $types: relation types to follow, or null for all.
MATCH (f:Entity) WHERE f.key IN $focus
WITH collect(f) AS seen
CALL {
  WITH seen
  UNWIND CASE WHEN $depth >= 1 THEN seen ELSE [] END AS x
  MATCH (x)-[r]-(y:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect(DISTINCT y) AS found
}
WITH seen + [y IN found WHERE NOT y IN seen] AS seen
CALL {
  WITH seen
  UNWIND CASE WHEN $depth >= 2 THEN seen ELSE [] END AS x
  MATCH (x)-[r]-(y:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect(DISTINCT y) AS found
}
WITH seen + [y IN found WHERE NOT y IN seen] AS seen
CALL {
  WITH seen
  UNWIND CASE WHEN $depth >= 3 THEN seen ELSE [] END AS x
  MATCH (x)-[r]-(y:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect(DISTINCT y) AS found
}
WITH seen + [y IN found WHERE NOT y IN seen] AS seen
CALL {
  WITH seen
  UNWIND CASE WHEN $depth >= 4 THEN seen ELSE [] END AS x
  MATCH (x)-[r]-(y:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect(DISTINCT y) AS found
}
WITH seen + [y IN found WHERE NOT y IN seen] AS seen
UNWIND seen AS s
MATCH (s)-[r]->(o:Entity)
WHERE o IN seen AND ($types IS NULL OR type(r) IN $types)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
