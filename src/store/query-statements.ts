// Attributed statements (quotes, joint statements included) and agreements.
import type { Kysely } from "kysely";
import type { AgreementKind } from "../types.js";
import type { AgreementQuery, Backend, Page, StatementQuery, StoredAgreement, StoredStatement } from "./api.js";
import type { Database } from "./schema.js";
import { fromBound, list, page, requireEntities, toBound } from "./filters.js";
import { storyRefs } from "./stories.js";
import { linkedEntities } from "./participants.js";
import { compileText } from "./query-search.js";
import { matchRows } from "./text-index.js";

export async function listStatements(db: Kysely<Database>, backend: Backend, q: StatementQuery = {}): Promise<Page<StoredStatement>> {
  const { limit, offset } = page(q);
  const from = fromBound(q.from);
  const to = toBound(q.to);
  const outlets = list(q.outlet);
  const speaker = q.speaker ? await requireEntities(db, q.speaker) : null;
  const match = q.q?.trim() ? await matchRows(db, backend, "statements", await compileText(db, q.q), false) : null;
  const base = () => {
    let b = db.selectFrom("statements as s").innerJoin("articles as a", "a.seq", "s.article_seq");
    if (from) b = b.where("a.published", ">=", from);
    if (to) b = b.where("a.published", "<=", to);
    if (outlets.length) b = b.where("a.outlet", "in", outlets);
    if (speaker) b = b.where((eb) => eb.exists(eb.selectFrom("statement_speakers as ss").select("ss.entity_id").whereRef("ss.statement_id", "=", "s.id").where("ss.entity_id", "in", speaker)));
    if (match) b = b.where("s.id", "in", (eb) => eb.selectFrom(match.as("m")).select("m.key"));
    return b;
  };
  const [total, rows] = await Promise.all([
    base().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    base()
      .selectAll("s")
      .select(["a.id as article_id", "a.seq", "a.story_seq", "a.outlet", "a.published"])
      .orderBy("a.published", "desc")
      .orderBy("s.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  const speakers = await linkedEntities(db, "statement_speakers", "statement_id", rows.map((r) => r.id));
  const stories = await storyRefs(db, rows.map((r) => ({ seq: r.seq, id: r.article_id, story_seq: r.story_seq })));
  const items: StoredStatement[] = rows.map((r) => {
    const all = speakers.get(r.id) ?? [];
    return {
      id: r.id,
      articleId: r.article_id,
      story: stories.get(r.seq)!,
      outlet: r.outlet,
      published: r.published,
      speaker: r.speaker_id !== null ? all.find((s) => s.entityId === r.speaker_id) ?? null : null,
      speakers: all,
      joint: r.joint === 1,
      cue: r.cue,
      direct: r.direct === 1,
      start: r.span_start,
      end: r.span_end,
      text: r.text,
      confidence: Number(r.confidence),
    };
  });
  return { items, total: Number(total.n), limit, offset };
}

export async function listAgreements(db: Kysely<Database>, q: AgreementQuery = {}): Promise<Page<StoredAgreement>> {
  const { limit, offset } = page(q);
  const from = fromBound(q.from);
  const to = toBound(q.to);
  const party = q.party ? await requireEntities(db, q.party) : null;
  const base = () => {
    let b = db.selectFrom("agreements as g").innerJoin("articles as a", "a.seq", "g.article_seq");
    if (from) b = b.where("a.published", ">=", from);
    if (to) b = b.where("a.published", "<=", to);
    if (q.kind) b = b.where("g.kind", "=", q.kind);
    if (party) b = b.where((eb) => eb.exists(eb.selectFrom("agreement_parties as gp").select("gp.entity_id").whereRef("gp.agreement_id", "=", "g.id").where("gp.entity_id", "in", party)));
    return b;
  };
  const [total, rows] = await Promise.all([
    base().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    base()
      .selectAll("g")
      .select(["a.id as article_id", "a.seq", "a.story_seq", "a.published"])
      .orderBy("a.published", "desc")
      .orderBy("g.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  const parties = await linkedEntities(db, "agreement_parties", "agreement_id", rows.map((r) => r.id));
  const stories = await storyRefs(db, rows.map((r) => ({ seq: r.seq, id: r.article_id, story_seq: r.story_seq })));
  const items: StoredAgreement[] = rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    story: stories.get(r.seq)!,
    published: r.published,
    kind: r.kind as AgreementKind,
    parties: parties.get(r.id) ?? [],
    cue: r.cue,
    date: r.date,
    start: r.span_start,
    end: r.span_end,
    text: r.text,
    confidence: Number(r.confidence),
  }));
  return { items, total: Number(total.n), limit, offset };
}
