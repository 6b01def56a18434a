// The statements browser: who said what, filtered by speaker, words, outlet and dates.
import { useState } from "preact/hooks";
import type { CorpusStats, StatementPage } from "../../server/api-types.js";
import { useApi } from "../use-api.js";
import { href, navigate } from "../router.js";
import { Empty, Show } from "../components/states.js";
import { DateRangeFilter } from "../components/filters.js";
import { Pager } from "../components/pager.js";
import { StatementList } from "../components/statement-list.js";
import { countAr, STATEMENTS } from "../format.js";

export function StatementsPage({ params }: { params: URLSearchParams }) {
  const p = Object.fromEntries(params) as Record<string, string>;
  const [speaker, setSpeaker] = useState(p.speaker ?? "");
  const [q, setQ] = useState(p.q ?? "");
  const offset = Number(p.offset ?? 0) || 0;
  const state = useApi<StatementPage>("statements", { speaker: p.speaker, q: p.q, outlet: p.outlet, from: p.from, to: p.to, limit: 20, offset });
  const set = (changes: Record<string, string | number>) => navigate(href(["statements"], { ...p, offset: "", ...changes }));
  const stats = useApi<CorpusStats>("stats");
  const outlets = stats.status === "ok" ? stats.data.outlets : [];
  return (
    <div class="page page-statements">
      <h1>التصريحات</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          set({ speaker: speaker.trim(), q: q.trim() });
        }}
      >
        <label>
          المتحدث
          <input type="search" value={speaker} maxLength={200} onInput={(e) => setSpeaker((e.target as HTMLInputElement).value)} placeholder="اسم أو مفتاح" dir="auto" />
        </label>
        <label>
          كلمات في التصريح
          <input type="search" value={q} maxLength={500} onInput={(e) => setQ((e.target as HTMLInputElement).value)} placeholder="مثل: التعاون" dir="auto" />
        </label>
        <label>
          المصدر
          <select value={p.outlet ?? ""} onChange={(e) => set({ outlet: (e.target as HTMLSelectElement).value })}>
            <option value="">الكل</option>
            {outlets.map((o) => (
              <option key={o.value} value={o.value}>{o.label ?? o.value}</option>
            ))}
          </select>
        </label>
        <DateRangeFilter from={p.from} to={p.to} onChange={set} />
        <button type="submit">تصفية</button>
      </form>
      <Show state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>لا تصريحات تطابق هذه الشروط.</Empty>
          ) : (
            <>
              <p class="result-count">{countAr(page.total, STATEMENTS)}</p>
              <StatementList statements={page.items} />
              <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => set({ offset: o })} />
            </>
          )
        }
      </Show>
    </div>
  );
}
