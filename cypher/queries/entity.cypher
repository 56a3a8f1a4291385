// Entities by key, with all their properties. $keys: entity keys.
MATCH (n:Entity)
WHERE n.key IN $keys
RETURN n.key AS key, n.name AS name, n.type AS type, n.aliases AS aliases, properties(n) AS props
