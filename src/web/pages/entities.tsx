// Entities of the corpus: search by name (Arabic or English), filter by type.
import { useState } from "preact/hooks";
import type { EntityPage } from "../../server/api-types.js";
import { useApi } from "../use-api.js";
import { href, navigate } from "../router.js";
import { Empty, Show } from "../components/states.js";
import { Pager } from "../components/pager.js";
import { EntityName } from "../components/entity-name.js";
import { ENTITY_TYPE_AR, entityTypeAr } from "../labels.js";
import { formatDate, formatNumber } from "../format.js";

export function EntitiesPage({ params }: { params: URLSearchParams }) {
  const p = Object.fromEntries(params) as Record<string, string>;
  const [q, setQ] = useState(p.q ?? "");
  const offset = Number(p.offset ?? 0) || 0;
  const type = p.type && p.type in ENTITY_TYPE_AR ? p.type : undefined;
  const state = useApi<EntityPage>("entities", { q: p.q, type, limit: 30, offset });
  const set = (changes: Record<string, string | number>) => navigate(href(["entities"], { ...p, offset: "", ...changes }));
  return (
    <div class="page page-entities">
      <h1>الكيانات</h1>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); set({ q: q.trim() }); }}>
        <label>
          الاسم
          <input type="search" value={q} maxLength={200} onInput={(e) => setQ((e.target as HTMLInputElement).value)} placeholder="بالعربية أو الإنجليزية" dir="auto" />
        </label>
        <label>
          النوع
          <select value={type ?? ""} onChange={(e) => set({ type: (e.target as HTMLSelectElement).value })}>
            <option value="">الكل</option>
            {Object.entries(ENTITY_TYPE_AR).map(([k, v]) => (
              <option key={k} value={k}>{v}</option>
            ))}
          </select>
        </label>
        <button type="submit">بحث</button>
      </form>
      <Show state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>لا كيانات تطابق هذا البحث.</Empty>
          ) : (
            <>
              <table class="entities">
                <thead>
                  <tr><th>الاسم</th><th>النوع</th><th>المقالات</th><th>آخر ظهور</th></tr>
                </thead>
                <tbody>
                  {page.items.map((e) => (
                    <tr key={e.key}>
                      <td><EntityName entity={e} /></td>
                      <td>{entityTypeAr(e.type)}</td>
                      <td>{formatNumber(e.articleCount)}</td>
                      <td>{formatDate(e.lastSeen)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => set({ offset: o })} />
            </>
          )
        }
      </Show>
    </div>
  );
}
