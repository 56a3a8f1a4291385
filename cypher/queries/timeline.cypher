// Statements dated between $from and $to (ISO dates, inclusive, null = open);
// a statement without its own date takes its article's publication date.
// $types: statement types (the catalog checks them against the ontology's); $sources: speaker keys or null.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $types AND ($sources IS NULL OR s.key IN $sources)
OPTIONAL MATCH (d:Document {id: r.doc})
WITH s, r, o, d, coalesce(r.date, CASE WHEN d.published = '' THEN null ELSE d.published END) AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
RETURN r.key AS edge, type(r) AS type,
       s {.key, .name, .type} AS source, o {.key, .name, .type} AS target,
       r.action AS action, r.date AS date, r.doc AS doc, r.sentence AS sentence,
       d.title AS title, d.published AS published
