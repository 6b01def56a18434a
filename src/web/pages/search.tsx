// Search with facets and highlighted snippets. Without a query it shows the
// corpus at a glance and the latest articles.
import { useState } from "preact/hooks";
import type { ArticlePage, CorpusStats, FacetCount, SearchHit, SearchResult } from "../../server/api-types.js";
import { useApi } from "../use-api.js";
import { href, navigate } from "../router.js";
import { Empty, Show } from "../components/states.js";
import { Pager } from "../components/pager.js";
import { Snippet } from "../components/snippet.js";
import { FACET_AR, facetValueAr } from "../labels.js";
import { countAr, formatDate, formatNumber, RESULTS, STORIES } from "../format.js";

type SearchAnswer = Omit<SearchResult, "hits"> & { items: SearchHit[]; query: string };

const FILTERS = ["outlet", "entity", "event_type", "from", "to"] as const;
/** Facet name in the answer → query parameter it sets. */
const FACET_PARAM: Record<string, string> = { outlet: "outlet", eventType: "event_type", entity: "entity", year: "year" };
const FACET_LABEL: Record<string, string> = { outlet: FACET_AR.outlet, eventType: FACET_AR.event_type, entity: FACET_AR.entity, year: FACET_AR.year };

function currentParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = v;
  return out;
}

function SearchForm({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  return (
    <form
      class="search-form"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(href(["search"], { q: q.trim() }));
      }}
    >
      <input
        type="search"
        name="q"
        value={q}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)}
        placeholder="ابحث عن شخص أو دولة أو عبارة، مثل: وزير الخارجية"
        aria-label="نص البحث"
        maxLength={500}
        dir="auto"
      />
      <button type="submit">بحث</button>
    </form>
  );
}

/** Phones get the facets folded, so the results come first into view. */
function narrowScreen(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(max-width: 860px)").matches;
}

function Facets({ facets, params }: { facets: Record<string, FacetCount[]>; params: URLSearchParams }) {
  const base = currentParams(params);
  delete base.offset;
  return (
    <details class="facets" open={!narrowScreen()}>
      <summary>تصفية النتائج</summary>
      {Object.entries(FACET_PARAM).map(([name, param]) => {
        const values = facets[name] ?? [];
        if (values.length === 0) return null;
        const facetKey = name === "eventType" ? "event_type" : name;
        return (
          <section key={name} class="facet">
            <h3>{FACET_LABEL[name]}</h3>
            <ul>
              {values.slice(0, 12).map((f) => {
                const active = base[param] === f.value;
                const next = param === "year" ? { ...base, from: `${f.value}-01-01`, to: `${f.value}-12-31` } : { ...base, [param]: active ? "" : f.value };
                return (
                  <li key={f.value}>
                    <a href={href(["search"], next)} class={active ? "active" : undefined} aria-pressed={active}>
                      <span>{f.label ?? facetValueAr(facetKey, f.value)}</span>
                      <span class="count">{formatNumber(f.count)}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </details>
  );
}

function ActiveFilters({ params }: { params: URLSearchParams }) {
  const base = currentParams(params);
  const active = FILTERS.filter((f) => base[f]);
  if (active.length === 0) return null;
  return (
    <div class="chips" aria-label="عوامل التصفية">
      {active.map((f) => (
        <a key={f} class="chip" href={href(["search"], { ...base, [f]: "", offset: "" })} title="إزالة">
          {f === "from" ? "من" : f === "to" ? "إلى" : FACET_AR[f] ?? f}: {facetValueAr(f, base[f])} ✕
        </a>
      ))}
    </div>
  );
}

function Results({ params }: { params: URLSearchParams }) {
  const base = currentParams(params);
  const offset = Number(base.offset ?? 0) || 0;
  const state = useApi<SearchAnswer>("search", {
    q: base.q,
    outlet: base.outlet,
    entity: base.entity,
    event_type: base.event_type,
    from: base.from,
    to: base.to,
    limit: 20,
    offset,
  });
  return (
    <Show state={state}>
      {(r) => (
        <div class="with-aside">
          <section class="results" aria-live="polite">
            <p class="result-count">
              {countAr(r.total, RESULTS)}
              {r.totalExact === false ? " أو أكثر" : null}
              {r.stories !== r.total ? <> ({countAr(r.stories, STORIES)})</> : null}
            </p>
            <ActiveFilters params={params} />
            {r.items.length === 0 ? (
              <Empty>لا نتائج لهذا البحث. جرّب كلمات أقل أو أزل بعض عوامل التصفية.</Empty>
            ) : (
              <ol class="hits">
                {r.items.map((h) => (
                  <li key={h.id} class="hit">
                    <a class="hit-title" href={href(["article", h.id], { q: base.q })}>
                      {h.title ?? h.id}
                    </a>
                    <p class="meta">
                      {h.outlet ?? "مصدر غير معروف"} · {formatDate(h.published)}
                      {h.story.size > 1 ? <> · نشرته {formatNumber(h.story.size)} مصادر</> : null}
                    </p>
                    <Snippet text={h.snippet.text} highlights={h.snippet.highlights} />
                  </li>
                ))}
              </ol>
            )}
            <Pager total={r.total} limit={r.limit} offset={r.offset} onPage={(o) => navigate(href(["search"], { ...base, offset: o }))} />
          </section>
          {r.facets ? <Facets facets={r.facets as unknown as Record<string, FacetCount[]>} params={params} /> : null}
        </div>
      )}
    </Show>
  );
}

function Overview() {
  const stats = useApi<CorpusStats>("stats");
  const latest = useApi<ArticlePage>("articles", { limit: 10 });
  return (
    <>
      <Show state={stats}>
        {(s) => (
          <dl class="stats">
            <div><dt>مقالات</dt><dd>{formatNumber(s.articles)}</dd></div>
            <div><dt>كيانات</dt><dd>{formatNumber(s.entities)}</dd></div>
            <div><dt>أحداث</dt><dd>{formatNumber(s.events)}</dd></div>
            <div><dt>تصريحات</dt><dd>{formatNumber(s.statements)}</dd></div>
            <div><dt>اتفاقات</dt><dd>{formatNumber(s.agreements)}</dd></div>
          </dl>
        )}
      </Show>
      <h2>أحدث المقالات</h2>
      <Show state={latest}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>لا توجد مقالات بعد. أضف مقالات بالأمر rasd ingest.</Empty>
          ) : (
            <ol class="hits">
              {page.items.map((a) => (
                <li key={a.id} class="hit">
                  <a class="hit-title" href={href(["article", a.id])}>
                    {a.title ?? a.id}
                  </a>
                  <p class="meta">
                    {a.outlet ?? "مصدر غير معروف"} · {formatDate(a.published)}
                  </p>
                </li>
              ))}
            </ol>
          )
        }
      </Show>
    </>
  );
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const q = params.get("q") ?? "";
  return (
    <div class="page page-search">
      <h1 class="visually-hidden">البحث</h1>
      <SearchForm key={q} initial={q} />
      {q ? <Results params={params} /> : <Overview />}
    </div>
  );
}
