// The facts around an operation or event: who launched it, who took part, what it
// targeted, what it retaliated for, where it happened. Either end may be the operation.
// $operations: entity keys; $relations: fact types to keep.
MATCH (op:Entity)-[r:LAUNCHED|PARTICIPATES_IN|TARGETS|RETALIATES_FOR|OCCURRED_IN]-(:Entity)
WHERE op.key IN $operations AND type(r) IN $relations
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
