// Empties the database in batches, so a large graph does not need one huge transaction.
MATCH (n)
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
