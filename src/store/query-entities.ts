// Corpus entities: lists and profiles.
import { sql, type Kysely, type SqlBool } from "kysely";
import type { EntityType, Office } from "../types.js";
import type { Backend, CorpusEntity, EntityProfile, EntityQuery, FacetCount, Page } from "./api.js";
import type { Database, EntitiesTable } from "./schema.js";
import { page, resolveEntities } from "./filters.js";
import { nameKey } from "../search/compile.js";
import { listArticles } from "./query-articles.js";
import { listStatements } from "./query-statements.js";
import { network, timeline } from "./query-events.js";

type Row = Omit<EntitiesTable, "id"> & { id: number };

function toEntity(r: Row): CorpusEntity {
  const names: Record<string, number> = JSON.parse(r.names);
  const variants: Record<string, number> = JSON.parse(r.variants);
  const byCount = (o: Record<string, number>) => Object.keys(o).sort((a, b) => o[b] - o[a] || (a < b ? -1 : 1));
  return {
    id: r.id,
    key: r.key,
    type: r.type as EntityType,
    name: r.name,
    names: byCount(names),
    variants: byCount(variants),
    name_en: r.name_en,
    wikidata: r.wikidata,
    country: r.country,
    articleCount: Number(r.article_count),
    mentionCount: Number(r.mention_count),
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  };
}

function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listEntities(db: Kysely<Database>, q: EntityQuery = {}): Promise<Page<CorpusEntity>> {
  const { limit, offset } = page(q);
  const text = q.q?.trim();
  const base = () => {
    let b = db.selectFrom("entities as e").where("e.article_count", ">", 0);
    if (q.type) b = b.where("e.type", "=", q.type);
    if (text) {
      const norm = likePattern(nameKey(text));
      const raw = likePattern(text.toLowerCase());
      b = b.where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom("entity_names as n").select("n.entity_id").whereRef("n.entity_id", "=", "e.id").where(sql<SqlBool>`n.norm like ${norm} escape '\\'`)),
          sql<SqlBool>`lower(e.key) like ${raw} escape '\\'`,
        ]),
      );
    }
    return b;
  };
  let list = base().selectAll("e");
  if (q.sort === "name") list = list.orderBy("e.name").orderBy("e.id");
  else if (q.sort === "recent") list = list.orderBy(sql`coalesce(e.last_seen, '')`, "desc").orderBy("e.article_count", "desc").orderBy("e.id");
  else list = list.orderBy("e.article_count", "desc").orderBy("e.mention_count", "desc").orderBy("e.id");
  const [total, rows] = await Promise.all([
    base().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    list.limit(limit).offset(offset).execute(),
  ]);
  return { items: rows.map(toEntity), total: Number(total.n), limit, offset };
}

export async function entityProfile(db: Kysely<Database>, backend: Backend, ref: number | string): Promise<EntityProfile | null> {
  const ids = await resolveEntities(db, ref);
  if (ids.length === 0) return null;
  // Several entities may share a name: the most mentioned one is the profile.
  const r = await db.selectFrom("entities").selectAll().where("id", "in", ids).orderBy("article_count", "desc").orderBy("id").executeTakeFirst();
  if (!r) return null;
  const e = toEntity(r);
  const recent = await db
    .selectFrom("article_entities as ae")
    .innerJoin("articles as a", "a.seq", "ae.article_seq")
    .select(["ae.roles", "ae.office"])
    .where("ae.entity_id", "=", e.id)
    .orderBy("a.published", "desc")
    .limit(2000)
    .execute();
  const roles = new Map<string, number>();
  const offices = new Map<string, { office: Office; count: number }>();
  for (const x of recent) {
    for (const role of JSON.parse(x.roles) as string[]) roles.set(role, (roles.get(role) ?? 0) + 1);
    if (x.office) {
      const o = JSON.parse(x.office) as Office;
      const k = `${o.title_en}\u0000${o.country}`;
      offices.set(k, { office: o, count: (offices.get(k)?.count ?? 0) + 1 });
    }
  }
  const eventTypes = await db
    .selectFrom("event_participants as ep")
    .innerJoin("events as ev", "ev.id", "ep.event_id")
    .select(["ev.type as value", (eb) => eb.fn.countAll<number>().as("count")])
    .where("ep.entity_id", "=", e.id)
    .groupBy("ev.type")
    .orderBy("count", "desc")
    .execute();
  const net = await network(db, { actor: String(e.id), limit: 20 });
  const partners = net.edges
    .map((edge) => {
      const other = edge.source === e.id ? edge.target : edge.source;
      const n = net.nodes.find((x) => x.id === other);
      return n ? { id: n.id, key: n.key, name: n.name, type: n.type, weight: edge.weight } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
  const top = (m: Map<string, number>): FacetCount[] => [...m].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([value, count]) => ({ value, count }));
  return {
    ...e,
    roles: top(roles),
    offices: [...offices.values()].sort((a, b) => b.count - a.count).map(({ office, count }) => ({ title_en: office.title_en, title_ar: office.title_ar, country: office.country, count })),
    partners,
    eventTypes: eventTypes.map((t) => ({ value: t.value, count: Number(t.count) })),
    recentArticles: (await listArticles(db, { entity: String(e.id), limit: 10 })).items,
    recentStatements: (await listStatements(db, backend, { speaker: String(e.id), limit: 10 })).items,
    timeline: await timeline(db, { actor: String(e.id), interval: "month" }),
  };
}
