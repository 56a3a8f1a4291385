// dipgraph's Neo4j schema, applied by `dipgraph neo4j:schema` and before the
// first ingest. Every statement is idempotent (IF NOT EXISTS). Statements are
// separated by semicolons at the end of a line.

// One node per entity key and per document version: MERGE relies on these to
// stay free of duplicates when ingests run concurrently.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;

// Documents are found by id to decide unchanged / replaced, and by edges' `doc`.
CREATE INDEX document_id IF NOT EXISTS FOR (d:Document) ON (d.id);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);

// "Who urged restraint?" finds its edges by action (statement_answers.cypher).
CREATE INDEX urges_action IF NOT EXISTS FOR ()-[r:URGES]-() ON (r.action);

// Entity search by name and alias (`search` query).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// One edge per key, per relationship type (edges are MERGEd on their key).
CREATE CONSTRAINT edge_key_condemns IF NOT EXISTS FOR ()-[r:CONDEMNS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_criticizes IF NOT EXISTS FOR ()-[r:CRITICIZES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_urges IF NOT EXISTS FOR ()-[r:URGES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_expresses_concern IF NOT EXISTS FOR ()-[r:EXPRESSES_CONCERN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_cites IF NOT EXISTS FOR ()-[r:CITES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_contacts IF NOT EXISTS FOR ()-[r:CONTACTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_offers IF NOT EXISTS FOR ()-[r:OFFERS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_launched IF NOT EXISTS FOR ()-[r:LAUNCHED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_targets IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_retaliates_for IF NOT EXISTS FOR ()-[r:RETALIATES_FOR]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_occurred_in IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_represents IF NOT EXISTS FOR ()-[r:REPRESENTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT edge_key_mentions IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.key IS UNIQUE;
