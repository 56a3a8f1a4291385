// The shortest undirected path between two entities (at most 6 edges); among equally
// short paths the one whose node keys sort first; one row per edge of each hop.
// $from, $to: entity keys (distinct); $relationTypes: the ontology's relation types
// (passed by the store), so a path never runs through a document's MENTIONS.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relationTypes)
WITH DISTINCT [n IN nodes(p) | n.key] AS keys
ORDER BY keys
LIMIT 1
UNWIND range(0, size(keys) - 2) AS step
MATCH (x:Entity {key: keys[step]})-[r]-(y:Entity {key: keys[step + 1]})
WHERE type(r) IN $relationTypes
RETURN step, x {.key, .name, .type} AS from, y {.key, .name, .type} AS to,
       type(r) AS type, startNode(r) = x AS forward, r.action AS action,
       r.doc AS doc, r.sentence AS sentence
