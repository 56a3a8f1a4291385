// Entity nodes of one type, and the document's MENTIONS edges to them. __LABEL__
// is replaced by an entity type of src/model/ontology.ts, never by input text.
// Aliases and their normalized forms (`norms`) accumulate across documents.
// $rows: [{key, type, name, aliases, norms, props}]; $doc: document key; $docId: document id.
MATCH (d:Document {key: $doc})
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n:__LABEL__,
    n += row.props,
    n.type = row.type,
    n.name = row.name,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.norms = reduce(acc = coalesce(n.norms, []), a IN row.norms | CASE WHEN a IN acc THEN acc ELSE acc + a END)
// Merged without its key so the match expands from the entity, not the (dense) document.
MERGE (d)-[m:MENTIONS]->(n)
SET m.key = $doc + '>' + row.key, m.doc = $docId
