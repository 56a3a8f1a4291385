// Everything the actors said; with $members, also what was said by those who
// represent them or are part of them (up to 6 REPRESENTS/PART_OF steps).
// $actors: entity keys; $members: boolean; $targets: entity keys or null;
// $statementTypes: the ontology's statement types (passed by the store).
MATCH (a:Entity) WHERE a.key IN $actors
MATCH (s:Entity)-[:REPRESENTS|PART_OF*0..6]->(a)
WHERE s = a OR $members
WITH DISTINCT s
MATCH (s)-[r]->(o:Entity)
WHERE type(r) IN $statementTypes AND ($targets IS NULL OR o.key IN $targets)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
