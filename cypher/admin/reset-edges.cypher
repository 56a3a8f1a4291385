// Empties the database, first step: relationships in batches. Deleting them
// before the nodes keeps each batch small even around dense nodes (a country
// with tens of thousands of edges), which DETACH DELETE would take in one go.
MATCH ()-[r]->()
CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS
