// Reading articles: one by id (with its near-duplicates), lists, corpus stats.
import { sql, type Kysely } from "kysely";
import { unpackAnalysis } from "./write.js";
import type { ArticleListQuery, ArticleSummary, Backend, CorpusStats, Page, StoredArticle } from "./api.js";
import type { Database } from "./schema.js";
import { fromBound, list, page, resolveEntities, toBound } from "./filters.js";
import { storyRefs } from "./stories.js";

const SUMMARY = ["a.seq", "a.id", "a.title", "a.outlet", "a.published", "a.url", "a.source", "a.story_seq"] as const;

type SummaryRow = { seq: number; id: string; title: string | null; outlet: string | null; published: string | null; url: string | null; source: string; story_seq: number | null };

export async function summaries(db: Kysely<Database>, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const stories = await storyRefs(db, rows);
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url, source: r.source, story: stories.get(r.seq)! }));
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<StoredArticle | null> {
  const r = await db
    .selectFrom("articles as a")
    .innerJoin("article_texts as t", "t.seq", "a.seq")
    .select([...SUMMARY, "a.raw_hash", "a.content_hash", "t.analysis", "t.text", "a.ingested_at", "a.updated_at"])
    .where("a.id", "=", id)
    .executeTakeFirst();
  if (!r) return null;
  const [summary] = await summaries(db, [r]);
  const dups = await db
    .selectFrom("articles as a")
    .select(SUMMARY)
    .where("a.story_seq", "=", r.story_seq ?? r.seq)
    .where("a.seq", "!=", r.seq)
    .orderBy("a.published")
    .orderBy("a.seq")
    .limit(100)
    .execute();
  return {
    ...summary,
    rawHash: r.raw_hash,
    contentHash: r.content_hash,
    analysis: unpackAnalysis(r.analysis, r.text),
    duplicates: await summaries(db, dups),
    ingestedAt: r.ingested_at,
    updatedAt: r.updated_at,
  };
}

export async function listArticles(db: Kysely<Database>, q: ArticleListQuery = {}): Promise<Page<ArticleSummary>> {
  const { limit, offset } = page(q);
  const from = fromBound(q.from);
  const to = toBound(q.to);
  const outlets = list(q.outlet);
  const ids = q.entity ? await resolveEntities(db, q.entity) : null;
  const base = () => {
    let b = db.selectFrom("articles as a");
    if (from) b = b.where("a.published", ">=", from);
    if (to) b = b.where("a.published", "<=", to);
    if (outlets.length) b = b.where("a.outlet", "in", outlets);
    if (ids) {
      const e = ids.length ? ids : [-1];
      b = b.where((eb) => eb.exists(eb.selectFrom("article_entities as ae").select("ae.entity_id").whereRef("ae.article_seq", "=", "a.seq").where("ae.entity_id", "in", e)));
    }
    return b;
  };
  const [total, rows] = await Promise.all([
    base().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    base().select(SUMMARY).orderBy("a.published", "desc").orderBy("a.seq", "desc").limit(limit).offset(offset).execute(),
  ]);
  return { items: await summaries(db, rows), total: Number(total.n), limit, offset };
}

export async function corpusStats(db: Kysely<Database>, backend: Backend): Promise<CorpusStats> {
  const count = async (t: keyof Database) => Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const a = await db
    .selectFrom("articles")
    .select([
      (eb) => eb.fn.countAll<number>().as("n"),
      sql<number>`count(distinct coalesce(story_seq, seq))`.as("stories"),
      (eb) => eb.fn.min("published").as("first"),
      (eb) => eb.fn.max("published").as("last"),
    ])
    .executeTakeFirstOrThrow();
  const outlets = await db
    .selectFrom("articles")
    .select(["outlet", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("outlet")
    .orderBy("n", "desc")
    .orderBy("outlet")
    .execute();
  const version = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return {
    backend,
    articles: Number(a.n),
    stories: Number(a.stories),
    entities: Number((await db.selectFrom("entities").select((eb) => eb.fn.countAll<number>().as("n")).where("article_count", ">", 0).executeTakeFirstOrThrow()).n),
    mentions: await count("mentions"),
    events: await count("events"),
    statements: await count("statements"),
    agreements: await count("agreements"),
    outlets: outlets.map((o) => ({ value: o.outlet ?? "(unknown)", count: Number(o.n) })),
    firstPublished: a.first ?? null,
    lastPublished: a.last ?? null,
    schemaVersion: version.rows[0]?.name ?? "none",
  };
}
