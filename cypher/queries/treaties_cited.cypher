// Agreements invoked and who invoked them. $targets: treaty keys, or null for all.
MATCH (s:Entity)-[r:CITES]->(o:Entity)
WHERE $targets IS NULL OR o.key IN $targets
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
