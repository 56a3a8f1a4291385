// Every statement about the given objects (one object, or the parties of a conflict),
// for the actors x statement-types table. $targets: entity keys;
// $statementTypes: the ontology's statement types (passed by the store).
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $statementTypes AND o.key IN $targets
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
