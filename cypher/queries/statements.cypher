// Statements of the given types; each filter is skipped when its parameter is null.
// $types: list of statement types (the catalog checks them against the ontology's); $sources, $targets: entity keys; $action: an URGES action.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $types
  AND ($sources IS NULL OR s.key IN $sources)
  AND ($targets IS NULL OR o.key IN $targets)
  AND ($action IS NULL OR r.action = $action)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
