// Removes documents' old versions: their edges (every edge carries `doc`, and both
// its ends are nodes the document mentions) and their nodes with the MENTIONS
// edges. Entities stay: other documents may mention them. $ids: document ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:MENTIONS]->(n:Entity)-[r]-(:Entity)
WHERE r.doc = id
WITH d, collect(DISTINCT r) AS stale
FOREACH (r IN stale | DELETE r)
DETACH DELETE d
