// The OpenAPI 3.1 description of /api. Paths, responses and answer shapes are
// written by hand so they read as documentation; every parameter and the body a
// POST takes are generated from the zod schemas that check them (the named
// queries' from the catalog), so the description cannot drift from the checks.
import { z } from 'zod';
import { ENTITY_TYPES } from '../model/ontology.js';
import { QUERY_CATALOG } from '../query/catalog.js';
import { pagingSchema } from './paging.js';
import { askParams } from './routes/ask.js';
import { documentBody } from './routes/documents.js';
import { searchParams } from './routes/entities.js';
import { graphParams } from './routes/graph.js';
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

interface ObjectSchema {
  properties: Record<string, { description?: string; default?: unknown }>;
  required?: string[];
}

/** The query-string parameters a zod object checks: what a client sends, with the defaults it gets. */
function queryParameters(schema: z.ZodObject): object[] {
  const input = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as unknown as ObjectSchema;
  const output = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as unknown as ObjectSchema;
  return Object.entries(input.properties).map(([name, { description, ...shape }]) => {
    const fallback = output.properties[name]?.default;
    return { name, in: 'query', required: input.required?.includes(name) ?? false, ...(description && { description }), schema: fallback === undefined ? shape : { ...shape, default: fallback } };
  });
}

const pagingParams = queryParameters(pagingSchema);

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
          parameters: queryParameters(askParams),
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
          parameters: queryParameters(searchParams),
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
          parameters: queryParameters(graphParams),
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
