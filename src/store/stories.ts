// Near-duplicate groups as seen by readers: a StoryRef per article.
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { StoryRef } from "./api.js";

/** StoryRef for each given article (keyed by seq): the group's first article id and its size. */
export async function storyRefs(db: Kysely<Database>, rows: { seq: number; id: string; story_seq: number | null }[]): Promise<Map<number, StoryRef>> {
  const out = new Map<number, StoryRef>();
  if (rows.length === 0) return out;
  const keys = [...new Set(rows.map((r) => r.story_seq ?? r.seq))];
  const groups = await db
    .selectFrom("articles as a")
    .select(["a.story_seq as story", sql<number>`count(*)`.as("size")])
    .where("a.story_seq", "in", keys)
    .groupBy("a.story_seq")
    .execute();
  const size = new Map(groups.map((g) => [Number(g.story), Number(g.size)]));
  const roots = await db.selectFrom("articles").select(["seq", "id"]).where("seq", "in", keys).execute();
  const rootId = new Map(roots.map((r) => [r.seq, r.id]));
  for (const r of rows) {
    const k = r.story_seq ?? r.seq;
    out.set(r.seq, { id: rootId.get(k) ?? r.id, size: size.get(k) ?? 1 });
  }
  return out;
}
