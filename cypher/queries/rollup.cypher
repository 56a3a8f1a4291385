// What each actor answers as at country level: the nearest Country up its
// REPRESENTS/PART_OF chains; without one, the top of the longest chain (the UN
// for its spokesman); without any chain, itself. Ties go to the smaller key.
// $keys: entity keys.
UNWIND $keys AS k
MATCH (a:Entity {key: k})
CALL {
  WITH a
  OPTIONAL MATCH p = (a)-[:REPRESENTS|PART_OF*0..6]->(c:Country)
  WITH c, p ORDER BY length(p), c.key LIMIT 1
  RETURN c
}
CALL {
  WITH a
  OPTIONAL MATCH p = (a)-[:REPRESENTS|PART_OF*0..6]->(t:Entity)
  WHERE NOT (t)-[:REPRESENTS|PART_OF]->()
  WITH t, p ORDER BY length(p) DESC, t.key LIMIT 1
  RETURN t
}
WITH k, coalesce(c, t, a) AS up
RETURN k AS key, up {.key, .name, .type} AS to
