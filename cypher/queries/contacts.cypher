// Contacts (calls, meetings, letters) of the actors, in either direction.
// $actors: entity keys.
MATCH (a:Entity)-[r:CONTACTS]-(:Entity)
WHERE a.key IN $actors
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
