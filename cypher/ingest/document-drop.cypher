// Removes a document's old version: its edges (every edge carries `doc`, and both
// its ends are nodes the document mentions) and its node with the MENTIONS edges.
// Entities stay: other documents may mention them. $id: document id.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:MENTIONS]->(n:Entity)-[r]-(:Entity)
WHERE r.doc = $id
WITH d, collect(DISTINCT r) AS stale
FOREACH (r IN stale | DELETE r)
DETACH DELETE d
