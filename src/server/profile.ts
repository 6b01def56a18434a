// Composes an entity's profile page from Store API calls: the store's profile,
// its events and statements, plus roles over time and co-occurring entities
// read from the analyses of the most recent articles that mention it.
import type { EntityProfile, Store } from "../store/index.js";
import type { CooccurringEntity, ProfileResponse, RoleSpan } from "./api-types.js";

/** Articles read for roles over time and co-occurrence: enough for a profile, bounded for speed. */
export const PROFILE_ARTICLES = 100;
/** Statements counted for the statements-over-time series (the most recent ones). */
export const STATEMENT_HISTORY = 1000;

function widen(span: { first: string | null; last: string | null }, date: string | null): void {
  if (!date) return;
  if (span.first === null || date < span.first) span.first = date;
  if (span.last === null || date > span.last) span.last = date;
}

export async function buildProfile(store: Store, profile: EntityProfile, limit: number): Promise<ProfileResponse> {
  const key = profile.key;
  const [events, statements, articles, allStatements] = await Promise.all([
    store.events({ actor: key, limit }),
    store.statements({ speaker: key, limit }),
    store.articles({ entity: key, limit: PROFILE_ARTICLES }),
    store.statements({ speaker: key, limit: STATEMENT_HISTORY }),
  ]);
  const perMonth = new Map<string, number>();
  for (const st of allStatements.items) {
    if (st.published) perMonth.set(st.published.slice(0, 7), (perMonth.get(st.published.slice(0, 7)) ?? 0) + 1);
  }

  const roles = new Map<string, RoleSpan>();
  const co = new Map<string, CooccurringEntity>();
  for (const summary of articles.items) {
    const stored = await store.article(summary.id);
    if (!stored) continue;
    const date = stored.published;
    const mine = stored.analysis.entities.filter((e) => e.key === key);
    if (mine.length === 0) continue;
    const seen = new Set<string>();
    for (const e of mine) {
      const written = [...e.roles];
      if (e.office) written.push(e.office.title_ar ?? e.office.title_en);
      for (const role of written) {
        const name = role.trim();
        if (!name || seen.has(name)) continue;
        seen.add(name);
        const span = roles.get(name) ?? { role: name, office: null, first: null, last: null, articles: 0 };
        if (e.office && (name === e.office.title_ar || name === e.office.title_en)) span.office = e.office.title_en;
        span.articles++;
        widen(span, date);
        roles.set(name, span);
      }
    }
    const others = new Set<string>();
    for (const e of stored.analysis.entities) {
      if (e.key === key || others.has(e.key)) continue;
      others.add(e.key);
      const c = co.get(e.key) ?? { key: e.key, type: e.type, name: e.name, name_en: e.name_en, articles: 0 };
      c.articles++;
      co.set(e.key, c);
    }
  }

  const { recentStatements: _recent, ...rest } = profile;
  return {
    ...rest,
    roleHistory: [...roles.values()].sort((a, b) => (b.last ?? "").localeCompare(a.last ?? "") || b.articles - a.articles),
    cooccurring: [...co.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, 30),
    events,
    statements,
    statementTimeline: [...perMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, count]) => ({ period, count })),
    articlesScanned: articles.items.length,
  };
}
