// Every node, Documents included, for export.
MATCH (n)
WHERE n:Entity OR n:Document
RETURN n.key AS key, properties(n) AS attributes
