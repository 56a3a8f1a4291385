// Full-text candidates for a search ($query: a Lucene query built from normalized
// words, each as a prefix); the query layer ranks them and keeps true matches.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node AS n
RETURN n.key AS key, n.name AS name, n.type AS type, n.aliases AS aliases, properties(n) AS props
