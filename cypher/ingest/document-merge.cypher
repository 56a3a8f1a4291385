// The document node, with the attributes the embedded store gives it.
// $doc: {key, id, hash, title, published, source}.
MERGE (d:Document {key: $doc.key})
SET d += $doc, d.type = 'Document', d.name = $doc.title, d.aliases = []
