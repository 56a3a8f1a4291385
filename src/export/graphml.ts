// GraphML for networkx (read_graphml), yEd and Gephi. graphology has a GraphML
// parser but no writer, hence this one. Every attribute becomes a declared key
// of its domain, typed from its values; lists are joined like in the CSV tables.
import { scalar, type WholeGraph } from './whole-graph.js';

type KeyType = 'string' | 'long' | 'double' | 'boolean';

interface Key {
  id: string;
  name: string;
  type: KeyType;
}

// XML 1.0 forbids most control characters, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function typeOf(values: unknown[]): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'long' : 'double';
  return 'string';
}

function declare(prefix: string, items: Record<string, unknown>[]): Key[] {
  const values = new Map<string, unknown[]>();
  for (const a of items) {
    for (const [k, v] of Object.entries(a)) if (scalar(v) !== undefined) values.set(k, [...(values.get(k) ?? []), scalar(v)]);
  }
  return [...values.keys()].sort().map((name, i) => ({ id: `${prefix}${i}`, name, type: typeOf(values.get(name)!) }));
}

function data(keys: Key[], attributes: Record<string, unknown>): string {
  return keys
    .map((k) => [k, scalar(attributes[k.name])] as const)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<data key="${k.id}">${escapeXml(String(v))}</data>`)
    .join('');
}

export function graphml(graph: WholeGraph): string {
  const nodeKeys = declare('n', graph.mapNodes((_, a) => a));
  const edgeKeys = declare('e', graph.mapEdges((_, a) => a));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="dipgraph" edgedefault="directed">',
  ];
  graph.forEachNode((key, a) => lines.push(`    <node id="${escapeXml(key)}">${data(nodeKeys, a)}</node>`));
  graph.forEachEdge((key, a, source, target) => {
    lines.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(edgeKeys, a)}</edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
