// JSON Schemas for every input. Each query schema sets additionalProperties:
// false and the server's Ajv is told not to strip extras, so an unknown or
// misspelt parameter is a 400 rather than silently ignored.
import { EVENT_TYPES } from "../types.js";
import { errorSchema } from "./errors.js";

export const ENTITY_TYPES = ["PER", "ORG", "GPE", "LOC", "MISC"] as const;
export const AGREEMENT_KINDS = ["agreement", "consensus", "signed", "commitment"] as const;

/** Longest free-text query accepted (characters). */
export const MAX_QUERY_CHARS = 500;
/** Longest whole request URL accepted (bytes); longer ones get 414. */
export const MAX_URL_BYTES = 4096;
export const MAX_LIMIT = 200;

const date = {
  type: "string",
  pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
  description: "ISO date, year-month or year (inclusive bound)",
} as const;
const text = (description: string) => ({ type: "string", minLength: 1, maxLength: MAX_QUERY_CHARS, description }) as const;
const ref = (description: string) => ({ type: "string", minLength: 1, maxLength: 200, description }) as const;
const list = (item: object, description: string) => ({ type: "array", items: item, maxItems: 20, description }) as const;
const page = {
  limit: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: 20 },
  offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
} as const;
const range = { from: date, to: date } as const;
const outlet = list({ type: "string", minLength: 1, maxLength: 200 }, "outlet name(s); repeat for several");
const eventTypes = list({ type: "string", enum: EVENT_TYPES }, "event type(s); repeat for several");

function query(properties: Record<string, object>, required: string[] = []) {
  return { type: "object", additionalProperties: false, properties, required } as const;
}

export const searchQuery = query(
  {
    q: text("query: words, \"phrases\", AND / OR / NOT, -word, parentheses"),
    outlet,
    entity: ref("entity key or name mentioned by the articles"),
    event_type: { type: "string", enum: EVENT_TYPES },
    ...range,
    facets: { type: "boolean", default: true },
    ...page,
  },
  ["q"],
);

export const articlesQuery = query({ outlet, entity: ref("entity key or name"), ...range, ...page });

export const entitiesQuery = query({
  q: text("name, variant, English name or key (substring)"),
  type: { type: "string", enum: ENTITY_TYPES },
  sort: { type: "string", enum: ["articles", "name", "recent"], default: "articles" },
  ...page,
});

export const eventsQuery = query({
  actor: list(ref("participant"), "participant key(s) or name(s); all must take part"),
  type: eventTypes,
  main: { type: "boolean", description: "only the interactions the articles report as their news" },
  outlet,
  by_story: { type: "boolean", description: "one event per story and type (near-duplicates collapsed)" },
  ...range,
  ...page,
});

export const timelineQuery = query({
  interval: { type: "string", enum: ["day", "week", "month"], default: "month" },
  actor: list(ref("participant"), "participant key(s) or name(s)"),
  type: eventTypes,
  main: { type: "boolean" },
  outlet,
  ...range,
});

export const networkQuery = query({
  type: eventTypes,
  actor: ref("only edges touching this entity"),
  node_type: list({ type: "string", enum: ENTITY_TYPES }, "entity types kept as nodes (default PER, ORG, GPE)"),
  min_weight: { type: "integer", minimum: 1, maximum: 10_000, default: 1 },
  limit: { type: "integer", minimum: 1, maximum: 1000, default: 200 },
  ...range,
});

export const statementsQuery = query({
  speaker: ref("speaker key or name (joint statements included)"),
  q: text("words in the reported content"),
  outlet,
  ...range,
  ...page,
});

export const agreementsQuery = query({
  party: ref("party key or name"),
  kind: { type: "string", enum: AGREEMENT_KINDS },
  ...range,
  ...page,
});

export const exportQuery = query(
  {
    format: { type: "string", enum: ["jsonl", "csv", "plover"], default: "jsonl" },
    outlet,
    ...range,
  },
);

export const profileQuery = query({
  limit: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: 50, description: "events and statements returned" },
});

export const emptyQuery = query({});

export const idParams = {
  type: "object",
  additionalProperties: false,
  properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
  required: ["id"],
} as const;

export const keyParams = {
  type: "object",
  additionalProperties: false,
  properties: { key: { type: "string", minLength: 1, maxLength: 200 } },
  required: ["key"],
} as const;

/** Generic object for documentation: answers are passed through, not re-serialised by schema. */
export const anyObject = { type: "object", additionalProperties: true } as const;

export const errorResponses = {
  400: errorSchema,
  404: errorSchema,
  413: errorSchema,
  414: errorSchema,
  429: errorSchema,
  500: errorSchema,
} as const;

export function pageOf(item: object) {
  return {
    type: "object",
    properties: {
      total: { type: "integer" },
      limit: { type: "integer" },
      offset: { type: "integer" },
      items: { type: "array", items: item },
    },
    required: ["total", "limit", "offset", "items"],
  } as const;
}
