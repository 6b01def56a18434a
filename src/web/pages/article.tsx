// One article: the text with every entity, event and statement highlighted
// inline, and the same facts listed beside it. Selecting a fact (in the list or
// in the text) marks its span and scrolls to it. The text is rendered as text
// nodes only, so markup inside an article is shown, never run.
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Analysis, Entity, Span } from "../../types.js";
import type { SearchHit, StoredArticle } from "../../server/api-types.js";
import { useApi } from "../use-api.js";
import { href } from "../router.js";
import { Show } from "../components/states.js";
import { collectFacts, factId, selectionSpans, splitRuns, statementsOf, type Fact } from "../article-facts.js";
import { AGREEMENT_KIND_AR, entityTypeAr, eventTypeAr } from "../labels.js";
import { formatDate } from "../format.js";

/** "?at=120-180" marks a span given by another view (a statement, an event's evidence). */
function parseAt(s: string | null): Span | null {
  const m = s ? /^(\d+)-(\d+)$/.exec(s) : null;
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Hover text for a run: the English name of the entity it names, where known. */
function entityTitles(a: Analysis): Map<string, string> {
  return new Map(a.entities.filter((e) => e.name_en).map((e) => [factId("entity", e.id), e.name_en as string]));
}

function ArticleText({ analysis, facts, marked, queryHits, onPick }: { analysis: Analysis; facts: Fact[]; marked: Span[]; queryHits: Span[]; onPick: (id: string) => void }) {
  const kinds = useMemo(() => new Map(facts.map((f) => [f.id, f.kind])), [facts]);
  const titles = useMemo(() => entityTitles(analysis), [analysis]);
  const runs = useMemo(() => splitRuns(analysis.text.length, facts, [...marked, ...queryHits]), [analysis, facts, marked, queryHits]);
  return (
    <div class="article-text" lang="ar" dir="rtl">
      {runs.map((r) => {
        const text = analysis.text.slice(r.start, r.end);
        const isMarked = marked.some((m) => overlaps(m, r));
        const isHit = queryHits.some((m) => overlaps(m, r));
        if (r.facts.length === 0 && !isMarked && !isHit) return text;
        const cls = ["run", ...new Set(r.facts.map((f) => `k-${kinds.get(f)}`)), isMarked ? "marked" : "", isHit ? "q-hit" : ""].filter(Boolean).join(" ");
        const innermost = r.facts[r.facts.length - 1];
        return (
          <span
            key={r.start}
            class={cls}
            data-facts={r.facts.join(" ")}
            data-start={r.start}
            title={innermost ? titles.get(innermost) : undefined}
            onClick={innermost ? () => onPick(innermost) : undefined}
          >
            {text}
          </span>
        );
      })}
    </div>
  );
}

function entityById(a: Analysis): Map<string, Entity> {
  return new Map(a.entities.map((e) => [e.id, e]));
}

function Names({ ids, byId }: { ids: string[]; byId: Map<string, Entity> }) {
  const names = ids.map((id) => byId.get(id)?.name).filter(Boolean);
  return <>{names.length ? names.join("، ") : "—"}</>;
}

function FactButton({ id, selected, onPick, children }: { id: string; selected: string | null; onPick: (id: string) => void; children: ComponentChildren }) {
  return (
    <li>
      <button type="button" class={`fact${selected === id ? " selected" : ""}`} data-fact={id} aria-pressed={selected === id} onClick={() => onPick(id)}>
        {children}
      </button>
    </li>
  );
}

function FactLists({ a, selected, onPick }: { a: Analysis; selected: string | null; onPick: (id: string) => void }) {
  const byId = entityById(a);
  const entities = [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length);
  const statements = statementsOf(a);
  return (
    <aside class="fact-lists" aria-label="الحقائق المستخرجة">
      <section>
        <h2>التصريحات <span class="count">{statements.length}</span></h2>
        {statements.length === 0 ? <p class="empty-note">لا تصريحات منسوبة.</p> : (
          <ul class="facts">
            {statements.map((q) => (
              <FactButton key={q.id} id={factId("quote", q.id)} selected={selected} onPick={onPick}>
                <span class="fact-head k-quote-dot">
                  {q.joint ? <Names ids={q.speakers} byId={byId} /> : q.speaker ? <Names ids={[q.speaker]} byId={byId} /> : "متحدث غير محدد"}
                  <span class="tag">{q.cue}</span>
                </span>
                <span class="fact-body">{q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text}</span>
              </FactButton>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>الأحداث <span class="count">{a.events.length}</span></h2>
        {a.events.length === 0 ? <p class="empty-note">لا أحداث.</p> : (
          <ul class="facts">
            {a.events.map((ev) => (
              <FactButton key={ev.id} id={factId("event", ev.id)} selected={selected} onPick={onPick}>
                <span class="fact-head k-event-dot">
                  {eventTypeAr(ev.type)}
                  {ev.main ? <span class="tag">الخبر الرئيسي</span> : null}
                  <span class="tag">{formatDate(ev.date)}</span>
                </span>
                <span class="fact-body"><Names ids={ev.participants} byId={byId} /></span>
              </FactButton>
            ))}
          </ul>
        )}
      </section>
      {a.agreements.length > 0 ? (
        <section>
          <h2>الاتفاقات <span class="count">{a.agreements.length}</span></h2>
          <ul class="facts">
            {a.agreements.map((g) => (
              <FactButton key={g.id} id={factId("agreement", g.id)} selected={selected} onPick={onPick}>
                <span class="fact-head k-agreement-dot">{AGREEMENT_KIND_AR[g.kind] ?? g.kind}</span>
                <span class="fact-body"><Names ids={g.parties} byId={byId} /></span>
              </FactButton>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>الكيانات <span class="count">{a.entities.length}</span></h2>
        {entities.length === 0 ? <p class="empty-note">لا كيانات.</p> : (
          <ul class="facts">
            {entities.map((e) => (
              <FactButton key={e.id} id={factId("entity", e.id)} selected={selected} onPick={onPick}>
                <span class="fact-head k-entity-dot">
                  <span class="name-ar">{e.name}</span>
                  {e.name_en ? <span class="name-en" lang="en" dir="ltr">{e.name_en}</span> : null}
                  <span class="tag">{entityTypeAr(e.type)}</span>
                  <span class="tag">×{e.mentions.length}</span>
                </span>
                {e.roles.length || e.office ? <span class="fact-body">{e.office?.title_ar ?? e.roles[0]}</span> : null}
              </FactButton>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}

/**
 * Scrolls the fact list (a scroll box beside the text on wide screens) so the
 * selected fact shows; on phones the list is below the text and the page must
 * stay on the marked span, so nothing moves.
 */
function revealInList(id: string): void {
  const list = document.querySelector<HTMLElement>(".fact-lists");
  const item = document.querySelector<HTMLElement>(`[data-fact="${CSS.escape(id)}"]`);
  if (!list || !item || list.scrollHeight <= list.clientHeight) return;
  const l = list.getBoundingClientRect();
  const r = item.getBoundingClientRect();
  if (r.top < l.top) list.scrollTop -= l.top - r.top + 8;
  else if (r.bottom > l.bottom) list.scrollTop += r.bottom - l.bottom + 8;
}

function ArticleView({ stored, at, queryHits }: { stored: StoredArticle; at: Span | null; queryHits: Span[] }) {
  const a = stored.analysis;
  const facts = useMemo(() => collectFacts(a), [a]);
  const [selected, setSelected] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const marked = useMemo<Span[]>(() => (selected ? selectionSpans(a, selected) : at ? [at] : []), [a, selected, at]);
  useEffect(() => {
    document.title = `رصد — ${a.title ?? stored.id}`;
  }, [a]);

  // After marking, bring the first marked run (and the fact in the list) into view.
  useEffect(() => {
    if (marked.length === 0) return;
    const first = textRef.current?.querySelector(".run.marked");
    first?.scrollIntoView({ block: "center", behavior: "smooth" });
    if (selected) revealInList(selected);
  }, [marked, selected]);

  const entityLinks = a.entities.filter((e) => e.type === "PER" || e.type === "GPE" || e.type === "ORG");
  return (
    <article class="page page-article">
      <header class="article-head">
        <h1 dir="auto">{a.title ?? stored.id}</h1>
        <p class="meta">
          {stored.outlet ?? "مصدر غير معروف"} · {formatDate(stored.published)}
          {a.dateline?.place ? <> · {a.dateline.place}</> : null}
          {stored.url && /^https?:\/\//i.test(stored.url) ? (
            <>
              {" "}·{" "}
              <a href={stored.url} rel="noopener noreferrer nofollow" target="_blank">
                المصدر الأصلي
              </a>
            </>
          ) : null}
        </p>
        {stored.duplicates.length > 0 ? (
          <p class="meta">
            نُشر الخبر نفسه أيضًا في:{" "}
            {stored.duplicates.map((d, i) => (
              <>
                {i > 0 ? "، " : null}
                <a key={d.id} href={href(["article", d.id])}>{d.outlet ?? d.id}</a>
              </>
            ))}
          </p>
        ) : null}
        <p class="legend" aria-label="دليل الألوان">
          <span class="run k-entity">كيان</span> <span class="run k-event">حدث</span> <span class="run k-quote">تصريح</span> <span class="run k-agreement">اتفاق</span>
          {queryHits.length > 0 ? <span class="run q-hit">كلمات البحث</span> : null}
        </p>
      </header>
      <div class="with-aside article-layout">
        <div ref={textRef}>
          <ArticleText analysis={a} facts={facts} marked={marked} queryHits={queryHits} onPick={setSelected} />
          {entityLinks.length > 0 ? (
            <p class="entity-links">
              صفحات الكيانات:{" "}
              {entityLinks.map((e, i) => (
                <>
                  {i > 0 ? " · " : null}
                  <a key={e.id} href={href(["entity", e.key])}>{e.name}</a>
                </>
              ))}
            </p>
          ) : null}
        </div>
        <FactLists a={a} selected={selected} onPick={setSelected} />
      </div>
    </article>
  );
}

const NO_SPANS: Span[] = [];

/**
 * Arriving from a search ("?q=…"), the query's matches in this article are
 * marked too: the search answer lists them as offsets into the article text.
 */
function useQueryHits(id: string, q: string | null): Span[] {
  const hits = useApi<{ items: SearchHit[] }>(q ? "search" : null, { q, limit: 200, facets: false });
  return useMemo(() => (hits.status === "ok" ? hits.data.items.find((h) => h.id === id)?.highlights ?? NO_SPANS : NO_SPANS), [hits, id]);
}

export function ArticlePage({ id, params }: { id: string; params: URLSearchParams }) {
  const state = useApi<StoredArticle>(`articles/${encodeURIComponent(id)}`);
  const at = parseAt(params.get("at"));
  const queryHits = useQueryHits(id, params.get("q"));
  return <Show state={state}>{(stored) => <ArticleView key={stored.id} stored={stored} at={at} queryHits={queryHits} />}</Show>;
}
