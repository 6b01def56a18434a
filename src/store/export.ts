// Corpus export: analyses as JSON Lines, events as CSV (UTF-8 with a BOM, so
// spreadsheet programs read the Arabic), and events as PLOVER-style JSON Lines
// (event_type/mode from the PLOVER ontology; actor1 = initiator or first participant).
import type { Kysely } from "kysely";
import type { ExportQuery, EventParticipant } from "./api.js";
import type { Database } from "./schema.js";
import { fromBound, list, toBound } from "./filters.js";
import { listEvents } from "./query-events.js";
import { unpackAnalysis } from "./write.js";

const PAGE = 500;

export async function* exportLines(db: Kysely<Database>, q: ExportQuery): AsyncIterable<string> {
  if (q.format === "jsonl") yield* analyses(db, q);
  else if (q.format === "csv") yield* eventsCsv(db, q);
  else if (q.format === "plover") yield* plover(db, q);
  else throw new RangeError(`unknown export format "${String(q.format)}" (jsonl, csv, plover)`);
}

async function* analyses(db: Kysely<Database>, q: ExportQuery): AsyncIterable<string> {
  const from = fromBound(q.from);
  const to = toBound(q.to);
  const outlets = list(q.outlet);
  let after = 0;
  for (;;) {
    let b = db.selectFrom("articles as a").innerJoin("article_texts as t", "t.seq", "a.seq").select(["a.seq", "t.analysis", "t.text"]).where("a.seq", ">", after);
    if (from) b = b.where("a.published", ">=", from);
    if (to) b = b.where("a.published", "<=", to);
    if (outlets.length) b = b.where("a.outlet", "in", outlets);
    const rows = await b.orderBy("a.seq").limit(PAGE).execute();
    for (const r of rows) yield JSON.stringify(unpackAnalysis(r.analysis, r.text));
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].seq;
  }
}

async function* allEvents(db: Kysely<Database>, q: ExportQuery) {
  for (let offset = 0; ; offset += PAGE) {
    const p = await listEvents(db, { from: q.from, to: q.to, outlet: q.outlet, limit: PAGE, offset });
    yield* p.items;
    if (offset + PAGE >= p.total) return;
  }
}

const CSV_COLUMNS = [
  "event_id", "article_id", "story_id", "outlet", "published", "date", "date_from_article", "type", "main",
  "plover_event", "plover_mode", "participants", "participant_keys", "initiator", "place", "trigger", "evidence", "confidence",
];

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function* eventsCsv(db: Kysely<Database>, q: ExportQuery): AsyncIterable<string> {
  yield "\uFEFF" + CSV_COLUMNS.join(",");
  const names = (ps: EventParticipant[]) => ps.map((p) => p.name).join(" | ");
  for await (const e of allEvents(db, q)) {
    yield [
      e.id, e.articleId, e.story.id, e.outlet, e.published, e.date, e.dateFromArticle, e.type, e.main,
      e.plover.event, e.plover.mode, names(e.participants), e.participants.map((p) => p.key).join(" | "),
      e.initiator?.name, e.place?.name, e.trigger.text, e.evidence.text, e.confidence,
    ].map(csvField).join(",");
  }
}

async function* plover(db: Kysely<Database>, q: ExportQuery): AsyncIterable<string> {
  for await (const e of allEvents(db, q)) {
    const actors = e.initiator ? [e.initiator, ...e.participants.filter((p) => p.entityId !== e.initiator!.entityId)] : e.participants;
    const actor = (p: EventParticipant | undefined) => (p ? { name: p.name, id: p.key, type: p.type } : null);
    yield JSON.stringify({
      id: `rasd-${e.articleId}-${e.id}`,
      date: e.date,
      date_from_article: e.dateFromArticle,
      event_type: e.plover.event,
      mode: e.plover.mode,
      context: [e.type],
      actor1: actor(actors[0]),
      actor2: actor(actors[1]),
      other_actors: actors.slice(2).map(actor),
      location: e.place ? { name: e.place.name, id: e.place.key } : null,
      source: e.outlet,
      article_id: e.articleId,
      story_id: e.story.id,
      main: e.main,
      text: e.evidence.text,
      trigger: e.trigger.text,
      language: "ar",
      confidence: e.confidence,
    });
  }
}
