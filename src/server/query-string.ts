// Query strings carry only text; a named query's parameter schema says which
// values are numbers, booleans or lists, so they are converted before zod
// validates them (and a value that does not convert is left for zod to reject).
// A list-only parameter takes "a,b" or a repeated parameter; one that also
// accepts a single value takes only the repeated form, since names may hold commas.

export type JsonSchema = {
  type?: string | string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
};

export type RawQuery = Record<string, string | string[] | undefined>;

function typesOf(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const own = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  return [...own, ...(schema.anyOf ?? []).flatMap(typesOf), ...(schema.oneOf ?? []).flatMap(typesOf)];
}

function itemsOf(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  return schema.items ?? [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].find((s) => s.items)?.items;
}

function scalar(value: string, schema: JsonSchema | undefined): unknown {
  const types = typesOf(schema);
  if ((types.includes('number') || types.includes('integer')) && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export function coerceQuery(raw: RawQuery, schema: JsonSchema, skip: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || skip.includes(name)) continue;
    const prop = schema.properties?.[name];
    const types = typesOf(prop);
    if (types.includes('array') && types.every((t) => t === 'array')) {
      const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      out[name] = parts.map((v) => scalar(v, itemsOf(prop)));
    } else {
      out[name] = Array.isArray(value) ? value.map((v) => scalar(v, prop)) : scalar(value, prop);
    }
  }
  return out;
}
