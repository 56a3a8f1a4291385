// Whole documents in one statement, one UNWIND over $docs: each document node,
// its entities (MERGEd on key, label from the ontology type), its MENTIONS edges
// and its relation edges. The caller runs it inside one transaction, so a
// document is written whole or not at all.
// Relationship types cannot be parameters without losing the per-type key index
// (a dynamic type makes MERGE expand every edge between the two nodes, which grows
// with their degree), so each type of src/model/ontology.ts has its own block;
// tests/store/neo4j-write.test.ts checks that every type has one.
// $docs: [{document: {key, id, hash, title, published, source},
//          nodes: [{key, type, name, aliases, norms, props}],
//          edges: [{key, type, source, target, props}]}]
UNWIND $docs AS doc
MERGE (d:Document {key: doc.document.key})
SET d += doc.document, d.type = 'Document', d.name = doc.document.title, d.aliases = []
WITH d, doc
CALL (d, doc) {
  UNWIND doc.nodes AS row
  MERGE (n:Entity {key: row.key})
  // row.type is checked against the ontology before the statement is sent.
  ON CREATE SET n:$(row.type), n += row.props, n.type = row.type, n.name = row.name, n.aliases = [], n.norms = []
  // A known entity is written only when this document brings something new:
  // a write locks the node until commit, and the busiest entities (countries)
  // are in most documents, so writers on other documents would queue behind it.
  WITH d, doc, n, row,
       [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] AS newAliases,
       [a IN row.norms WHERE NOT a IN coalesce(n.norms, [])] AS newNorms
  CALL (n, row, newAliases, newNorms) {
    WITH n, row, newAliases, newNorms
    WHERE size(newAliases) > 0 OR size(newNorms) > 0 OR n.name <> row.name OR n.type <> row.type
       OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
    SET n:$(row.type),
        n += row.props,
        n.type = row.type,
        n.name = row.name,
        n.aliases = reduce(acc = coalesce(n.aliases, []), a IN newAliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
        n.norms = coalesce(n.norms, []) + newNorms
  }
  // Merged without its key so the match expands from the (new, small) document.
  MERGE (d)-[m:MENTIONS]->(n)
  SET m.key = doc.document.key + '>' + row.key, m.doc = doc.document.id
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'CONDEMNS'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:CONDEMNS {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'CRITICIZES'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:CRITICIZES {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'URGES'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:URGES {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'EXPRESSES_CONCERN'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:EXPRESSES_CONCERN {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'SUPPORTS'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:SUPPORTS {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'CITES'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:CITES {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'CONTACTS'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:CONTACTS {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'OFFERS'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:OFFERS {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'LAUNCHED'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:LAUNCHED {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'PARTICIPATES_IN'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:PARTICIPATES_IN {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'TARGETS'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:TARGETS {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'RETALIATES_FOR'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:RETALIATES_FOR {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'OCCURRED_IN'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:OCCURRED_IN {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'REPRESENTS'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:REPRESENTS {key: row.key}]->(t)
  SET r += row.props
}
CALL (doc) {
  UNWIND [e IN doc.edges WHERE e.type = 'PART_OF'] AS row
  MATCH (s:Entity {key: row.source}), (t:Entity {key: row.target})
  MERGE (s)-[r:PART_OF {key: row.key}]->(t)
  SET r += row.props
}
