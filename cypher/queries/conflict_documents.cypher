// The documents that name every party of a conflict: the articles about it.
// $parties: entity keys.
MATCH (d:Document)-[:MENTIONS]->(p:Entity)
WHERE p.key IN $parties
WITH d, count(DISTINCT p) AS named
WHERE named = size($parties)
RETURN d.id AS doc
ORDER BY doc
