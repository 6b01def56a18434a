// Events, their timeline and the actor network. An event without a date in
// the text is placed on its article's publication date (dateFromArticle).
import { sql, type Kysely } from "kysely";
import type { EventType } from "../types.js";
import type { EventQuery, Interval, Network, NetworkEdge, NetworkNode, NetworkQuery, Page, StoredEvent, TimelineBucket } from "./api.js";
import type { Database } from "./schema.js";
import { fromBound, list, page, requireEntities, toBound } from "./filters.js";
import { storyRefs } from "./stories.js";
import { entityRefs, linkedEntities } from "./participants.js";

const EVENT_DATE = sql<string | null>`coalesce(e.date, a.published)`;

async function eventBase(db: Kysely<Database>, q: EventQuery) {
  const from = fromBound(q.from);
  const to = toBound(q.to);
  const types = list(q.type);
  const outlets = list(q.outlet);
  const actors = await Promise.all(list(q.actor).map((r) => requireEntities(db, r)));
  return () => {
    let b = db.selectFrom("events as e").innerJoin("articles as a", "a.seq", "e.article_seq");
    if (from) b = b.where(EVENT_DATE, ">=", from);
    if (to) b = b.where(EVENT_DATE, "<=", to);
    if (types.length) b = b.where("e.type", "in", types);
    if (outlets.length) b = b.where("a.outlet", "in", outlets);
    if (q.mainOnly) b = b.where("e.main", "=", 1);
    for (const ids of actors) {
      b = b.where((eb) => eb.exists(eb.selectFrom("event_participants as ep").select("ep.entity_id").whereRef("ep.event_id", "=", "e.id").where("ep.entity_id", "in", ids)));
    }
    return b;
  };
}

export async function listEvents(db: Kysely<Database>, q: EventQuery = {}): Promise<Page<StoredEvent>> {
  const { limit, offset } = page(q);
  const base = await eventBase(db, q);
  const scoped = () => {
    const b = base();
    // One event per story and type: the earliest stored report.
    return q.byStory ? b.where("e.id", "in", base().select((eb) => eb.fn.min("e.id").as("id")).groupBy(["a.story_seq", "e.type"])) : b;
  };
  const [total, rows] = await Promise.all([
    scoped().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    scoped()
      .selectAll("e")
      .select(["a.id as article_id", "a.seq", "a.story_seq", "a.outlet", "a.published"])
      .orderBy(EVENT_DATE, "desc")
      .orderBy("e.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  const parts = await linkedEntities(db, "event_participants", "event_id", rows.map((r) => r.id));
  const refs = await entityRefs(db, rows.flatMap((r) => [r.initiator_id, r.place_id]));
  const stories = await storyRefs(db, rows.map((r) => ({ seq: r.seq, id: r.article_id, story_seq: r.story_seq })));
  const items: StoredEvent[] = rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    story: stories.get(r.seq)!,
    outlet: r.outlet,
    published: r.published,
    type: r.type as EventType,
    date: r.date ?? r.published,
    dateFromArticle: r.date === null && r.published !== null,
    date_text: r.date_text,
    main: r.main === 1,
    participants: parts.get(r.id) ?? [],
    initiator: r.initiator_id !== null ? refs.get(r.initiator_id) ?? null : null,
    place: r.place_id !== null ? refs.get(r.place_id) ?? null : null,
    plover: { event: r.plover_event, mode: r.plover_mode },
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    confidence: Number(r.confidence),
  }));
  return { items, total: Number(total.n), limit, offset };
}

/** Monday of the ISO week of a YYYY-MM-DD date. */
function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

export async function timeline(db: Kysely<Database>, q: EventQuery & { interval?: Interval }): Promise<TimelineBucket[]> {
  const interval = q.interval ?? "month";
  const base = await eventBase(db, q);
  const rows = await base()
    .select([EVENT_DATE.as("day"), "e.type", "a.story_seq", (eb) => eb.fn.countAll<number>().as("n")])
    .where(EVENT_DATE, "is not", null)
    .groupBy([EVENT_DATE, "e.type", "a.story_seq"])
    .execute();
  const buckets = new Map<string, { count: number; stories: Set<string>; byType: Partial<Record<EventType, number>> }>();
  for (const r of rows) {
    const day = String(r.day).slice(0, 10);
    const period = interval === "day" ? day : interval === "week" ? weekStart(day) : day.slice(0, 7);
    let b = buckets.get(period);
    if (!b) buckets.set(period, (b = { count: 0, stories: new Set(), byType: {} }));
    const n = Number(r.n);
    b.count += n;
    b.stories.add(String(r.story_seq));
    const t = r.type as EventType;
    b.byType[t] = (b.byType[t] ?? 0) + n;
  }
  return [...buckets]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, b]) => ({ period, count: b.count, stories: b.stories.size, byType: b.byType }));
}

export async function network(db: Kysely<Database>, q: NetworkQuery = {}): Promise<Network> {
  const from = fromBound(q.from);
  const to = toBound(q.to);
  const types = list(q.type);
  const nodeTypes = q.nodeTypes?.length ? q.nodeTypes : ["PER", "ORG", "GPE"];
  const actor = q.actor ? await requireEntities(db, q.actor) : null;
  const minWeight = Math.max(1, q.minWeight ?? 1);
  const limit = Math.min(5000, Math.max(1, q.limit ?? 200));
  let b = db
    .selectFrom("event_participants as p1")
    .innerJoin("event_participants as p2", (j) => j.onRef("p2.event_id", "=", "p1.event_id").onRef("p2.entity_id", ">", "p1.entity_id"))
    .innerJoin("events as e", "e.id", "p1.event_id")
    .innerJoin("articles as a", "a.seq", "e.article_seq")
    .innerJoin("entities as n1", "n1.id", "p1.entity_id")
    .innerJoin("entities as n2", "n2.id", "p2.entity_id")
    .where("n1.type", "in", nodeTypes)
    .where("n2.type", "in", nodeTypes);
  if (from) b = b.where(EVENT_DATE, ">=", from);
  if (to) b = b.where(EVENT_DATE, "<=", to);
  if (types.length) b = b.where("e.type", "in", types);
  if (actor) b = b.where((eb) => eb.or([eb("p1.entity_id", "in", actor), eb("p2.entity_id", "in", actor)]));
  const rows = await b
    .select([
      "p1.entity_id as s",
      "p2.entity_id as t",
      "e.type",
      sql<number>`count(distinct a.story_seq)`.as("weight"),
      (eb) => eb.fn.countAll<number>().as("reports"),
      sql<string | null>`min(coalesce(e.date, a.published))`.as("first"),
      sql<string | null>`max(coalesce(e.date, a.published))`.as("last"),
    ])
    .groupBy(["p1.entity_id", "p2.entity_id", "e.type"])
    .execute();
  const edges = new Map<string, NetworkEdge>();
  for (const r of rows) {
    const k = `${r.s}-${r.t}`;
    let e = edges.get(k);
    if (!e) edges.set(k, (e = { source: r.s, target: r.t, weight: 0, reports: 0, types: {}, first: null, last: null }));
    e.weight += Number(r.weight);
    e.reports += Number(r.reports);
    e.types[r.type as EventType] = (e.types[r.type as EventType] ?? 0) + Number(r.weight);
    if (r.first && (!e.first || r.first < e.first)) e.first = r.first;
    if (r.last && (!e.last || r.last > e.last)) e.last = r.last;
  }
  const kept = [...edges.values()]
    .filter((e) => e.weight >= minWeight)
    .sort((x, y) => y.weight - x.weight || y.reports - x.reports || x.source - y.source || x.target - y.target)
    .slice(0, limit);
  const ids = [...new Set(kept.flatMap((e) => [e.source, e.target]))];
  const nodes: NetworkNode[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rs = await db.selectFrom("entities").select(["id", "key", "name", "name_en", "type", "country"]).where("id", "in", ids.slice(i, i + 500)).execute();
    for (const r of rs) {
      const mine = kept.filter((e) => e.source === r.id || e.target === r.id);
      nodes.push({ ...r, type: r.type as NetworkNode["type"], degree: mine.length, strength: mine.reduce((s, e) => s + e.weight, 0) });
    }
  }
  nodes.sort((x, y) => y.strength - x.strength || x.id - y.id);
  return { nodes, edges: kept };
}
