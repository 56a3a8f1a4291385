// The stored version of a document, if any. $id: document id.
MATCH (d:Document {id: $id})
RETURN d.key AS key, d.hash AS hash
