// The stored version of each document, if any. $ids: document ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d.key AS key
