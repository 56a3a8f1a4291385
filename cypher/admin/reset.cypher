// Empties the database, second step (after reset-edges.cypher): the nodes, in batches.
MATCH (n)
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
