// Entities one of whose names (name or alias, normalized as src/graph/keys.ts
// normalizeName) equals $name. `norms` holds those normalized names.
MATCH (n:Entity)
WHERE $name IN n.norms
RETURN n.key AS key, n.name AS name, n.type AS type, n.aliases AS aliases, properties(n) AS props
