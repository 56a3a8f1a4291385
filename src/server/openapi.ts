// The OpenAPI 3.1 description of /api, written by hand so it reads as
// documentation; the named queries' parameter schemas come from the catalog,
// the document a POST takes from the zod schema that checks it.
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../model/ontology.js';
import { QUERY_CATALOG } from '../query/catalog.js';
import { MAX_LIMIT, MAX_OFFSET } from './paging.js';
import { documentBody } from './routes/documents.js';
import { paramsJsonSchema } from './routes/queries.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c] ?? 'error', ...json(ref('Error')) }]));

const ERROR_TEXT: Record<number, string> = {
  400: 'bad parameters; the message names the one at fault',
  401: 'missing or wrong bearer token',
  403: 'the server is read-only (no DIPGRAPH_TOKEN)',
  404: 'not found',
  413: 'request body too large',
  415: 'body is not JSON',
  422: 'the document could not be extracted within the time or memory budget',
  503: 'busy: the extraction queue is full, or a query ran past its time cap; retry later (Retry-After)',
  500: 'internal error (details in the server log only)',
};

const pagingParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 } },
];
const q = (name: string, schema: object, description: string, required = false) => ({ name, in: 'query', required, description, schema });
const level = { type: 'string', enum: ['person', 'country', 'entity'] };

const evidence = {
  type: 'object',
  required: ['doc', 'sentence'],
  properties: {
    doc: { type: 'string' }, sentence: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' },
    via: { type: 'string', description: 'why a statement about another entity counts (an operation and who launched it)' },
  },
};

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'dipgraph API',
      version: '0.1.0',
      description:
        'Who said what to whom, from diplomatic news, with the sentence it came from. Lists are paged with limit/offset and carry `total`. Every error is JSON: {"error": {"status", "message"}}.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': {
        get: { summary: 'Liveness, store and counts', responses: { 200: { description: 'ok', ...json(ref('Health')) } } },
      },
      '/api/ask': {
        get: {
          summary: 'Answer a question in English',
          parameters: [q('q', { type: 'string', minLength: 1, maxLength: 500 }, 'the question, e.g. "who urged restraint?"', true), q('by', level, 'answer level'), q('conflict', { type: 'string' }, 'scope the answer to a conflict: its parties, comma-separated (e.g. Thailand,Cambodia)'), ...pagingParams],
          responses: { 200: { description: 'answered, or what was understood and the forms that work', ...json({ oneOf: [ref('AskAnswered'), ref('AskNotUnderstood')] }) }, ...errors(400) },
        },
      },
      '/api/queries': {
        get: { summary: 'The named-query catalog with parameter schemas', parameters: pagingParams, responses: { 200: { description: 'catalog', ...json(ref('QueryCatalogPage')) }, ...errors(400) } },
      },
      '/api/queries/{name}': {
        get: {
          summary: 'Run a named query; its parameters go in the query string (lists comma-separated)',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', enum: QUERY_CATALOG.map((d) => d.name) } }, ...pagingParams],
          responses: { 200: { description: 'rows', ...json(ref('RowsPage')) }, ...errors(400, 404) },
        },
      },
      '/api/entities': {
        get: {
          summary: 'Search entities by name or alias',
          parameters: [q('search', { type: 'string', minLength: 1 }, 'part of a name or alias', true), q('type', { type: 'string', enum: ENTITY_TYPES }, 'only this type'), ...pagingParams],
          responses: { 200: { description: 'matches, best first', ...json(ref('EntityPage')) }, ...errors(400) },
        },
      },
      '/api/entities/{id}': {
        get: {
          summary: 'One entity with its statements and evidence (statements paged)',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'node key, e.g. Country:india', schema: { type: 'string' } }, ...pagingParams],
          responses: { 200: { description: 'the entity', ...json(ref('EntityDetail')) }, ...errors(400, 404) },
        },
      },
      '/api/graph': {
        get: {
          summary: "A subgraph in graphology's serialized JSON",
          parameters: [
            q('focus', { type: 'string' }, 'entity id to centre on'),
            q('depth', { type: 'integer', minimum: 1, maximum: 4, default: 1 }, 'hops from the focus'),
            q('types', { type: 'string' }, `relation types, comma-separated: ${RELATION_TYPES.join(', ')}`),
            q('q', { type: 'string' }, 'a question whose answer becomes the subgraph'),
            q('by', level, 'answer level for q'),
            q('conflict', { type: 'string' }, 'scope the answer to q to a conflict: its parties, comma-separated'),
          ],
          responses: { 200: { description: 'serialized graph', ...json(ref('SerializedGraph')) }, ...errors(400) },
        },
      },
      '/api/documents': {
        post: {
          summary: 'Ingest one article',
          security: [{ bearer: [] }],
          requestBody: { required: true, ...json(ref('DocumentInput')) },
          responses: {
            201: { description: 'created', ...json(ref('IngestOutcome')) },
            200: { description: 'replaced or unchanged', ...json(ref('IngestOutcome')) },
            ...errors(400, 401, 403, 413, 415, 422, 503),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This description', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the DIPGRAPH_TOKEN the server was started with' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['status', 'message'], properties: { status: { type: 'integer' }, message: { type: 'string' }, details: {} } } },
        },
        Health: {
          type: 'object',
          properties: { status: { const: 'ok' }, readOnly: { type: 'boolean' }, store: { type: 'object' }, counts: { type: 'object' } },
        },
        Evidence: evidence,
        AskAnswered: {
          type: 'object',
          required: ['status', 'question', 'query', 'params', 'answers', 'total'],
          properties: {
            status: { const: 'answered' },
            question: { type: 'string' },
            understood: { type: 'string', description: 'what the question was read as, with the entities a description was matched to and the conflict it was scoped to' },
            query: { type: 'string' },
            params: { type: 'object' },
            cypher: { type: 'string' },
            total: { type: 'integer' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            answers: {
              type: 'array',
              items: { type: 'object', properties: {
                name: { type: 'string' }, type: { type: 'string' },
                statements: { type: 'integer', description: 'statements behind the answer, where evidence holds the first 20 of their sentences' },
                evidence: { type: 'array', items: ref('Evidence') },
              } },
            },
          },
        },
        AskNotUnderstood: {
          type: 'object',
          properties: { status: { const: 'not-understood' }, question: { type: 'string' }, understood: { type: 'string' }, suggestions: { type: 'array', items: { type: 'string' } } },
        },
        QueryCatalogPage: page({ type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' }, params: { type: 'object', description: 'JSON Schema' } } }),
        RowsPage: { allOf: [page({ type: 'object' }), { type: 'object', properties: { query: { type: 'string' }, params: { type: 'object' } } }] },
        Entity: {
          type: 'object',
          properties: { key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string', enum: ENTITY_TYPES }, aliases: { type: 'array', items: { type: 'string' } } },
        },
        EntityPage: page(ref('Entity')),
        EntityDetail: {
          allOf: [
            ref('Entity'),
            {
              type: 'object',
              properties: {
                props: { type: 'object' },
                statements: page({
                  type: 'object',
                  properties: {
                    type: { type: 'string' },
                    direction: { enum: ['out', 'in'] },
                    other: ref('Entity'),
                    action: { type: 'string' },
                    date: { type: 'string' },
                    evidence: ref('Evidence'),
                  },
                }),
              },
            },
          ],
        },
        SerializedGraph: {
          type: 'object',
          description: 'graphology serialized graph; node attributes {name, type, aliases, …}, edge attributes {type, action?, doc, sentence, date?}',
          properties: { attributes: { type: 'object' }, options: { type: 'object' }, nodes: { type: 'array' }, edges: { type: 'array' } },
        },
        DocumentInput: z.toJSONSchema(documentBody, { io: 'input', target: 'draft-2020-12' }),
        IngestOutcome: {
          type: 'object',
          properties: { doc: { type: 'string' }, status: { enum: ['created', 'replaced', 'unchanged'] }, nodes: { type: 'integer' }, edges: { type: 'integer' } },
        },
        QueryParams: { type: 'object', properties: Object.fromEntries(QUERY_CATALOG.map((d) => [d.name, paramsJsonSchema(d)])) },
      },
    },
  };
}

function page(item: object): object {
  return {
    type: 'object',
    required: ['total', 'limit', 'offset', 'items'],
    properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: item } },
  };
}
