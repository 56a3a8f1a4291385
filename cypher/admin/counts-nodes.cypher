// Entity nodes by type, and documents.
MATCH (n)
WHERE n:Entity OR n:Document
RETURN n.type AS type, count(*) AS n
