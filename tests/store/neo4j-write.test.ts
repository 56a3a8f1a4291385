// The batched write statement names relationship types literally (a type
// parameter would lose the per-type key index), so it must name every type of
// the ontology: an edge of a type it forgets would be dropped without a word.
import { RELATION_TYPES } from '../../src/model/ontology.js';
import { cypherFile } from '../../src/store/neo4j/cypher-files.js';

test('documents-write.cypher has one MERGE block per relation type of the ontology', () => {
  const write = cypherFile('ingest/documents-write.cypher');
  const filtered = [...write.matchAll(/WHERE e\.type = '([A-Z_]+)'/g)].map((m) => m[1]);
  const merged = [...write.matchAll(/MERGE \(s\)-\[r:([A-Z_]+) \{key: row\.key\}\]->\(t\)/g)].map((m) => m[1]);
  expect([...filtered].sort()).toEqual([...RELATION_TYPES].sort());
  expect(merged).toEqual(filtered);
});
