// The statements of the given types counted per speaker ($by = 'source') or per
// object ($by = 'target', actions left out), each with the first $sample
// distinct sentences by document and sentence: one row per answer instead of
// one per edge. Filters as statements.cypher; null skips one.
// $types: statement types; $sources: entity keys; $action: an URGES action.
// One branch per type: a static type reads only that type's edges (a list of
// types expands every statement edge of every entity), and a branch whose type
// is not asked for stops at its first filter. URGES with an action seeks the
// urges_action index (schema.cypher) and skips the label checks: statement
// edges join entities only.
CALL () {
  MATCH (s:Entity)-[r:CONDEMNS]->(o:Entity)
  WHERE 'CONDEMNS' IN $types AND ($action IS NULL OR r.action = $action)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:CRITICIZES]->(o:Entity)
  WHERE 'CRITICIZES' IN $types AND ($action IS NULL OR r.action = $action)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:URGES]->(o:Entity)
  WHERE 'URGES' IN $types AND $action IS NULL
  RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:URGES {action: $action}]->(o)
  USING INDEX r:URGES(action)
  WHERE 'URGES' IN $types
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:EXPRESSES_CONCERN]->(o:Entity)
  WHERE 'EXPRESSES_CONCERN' IN $types AND ($action IS NULL OR r.action = $action)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:SUPPORTS]->(o:Entity)
  WHERE 'SUPPORTS' IN $types AND ($action IS NULL OR r.action = $action)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:CITES]->(o:Entity)
  WHERE 'CITES' IN $types AND ($action IS NULL OR r.action = $action)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:CONTACTS]->(o:Entity)
  WHERE 'CONTACTS' IN $types AND ($action IS NULL OR r.action = $action)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:OFFERS]->(o:Entity)
  WHERE 'OFFERS' IN $types AND ($action IS NULL OR r.action = $action)
  RETURN s, r, o
}
WITH s, r, o
WHERE $sources IS NULL OR s.key IN $sources
WITH CASE $by WHEN 'target' THEN o ELSE s END AS a, r
WHERE $by <> 'target' OR a.type <> 'Action'
WITH a, r.doc AS doc, r.sentence AS sentence
ORDER BY doc, sentence
WITH a, count(*) AS statements, collect(DISTINCT {doc: doc, sentence: sentence}) AS evidence
RETURN a {.key, .name, .type} AS answer, statements, evidence[..$sample] AS evidence
