// Who met or called whom: the actor network for a date range and event types,
// with the strongest ties listed below the graph (readable on a phone too).
import type { EventType, NetworkResponse } from "../../server/api-types.js";
import { useApi } from "../use-api.js";
import { href, navigate } from "../router.js";
import { Empty, Show } from "../components/states.js";
import { DateRangeFilter, EventTypeFilter } from "../components/filters.js";
import { NetworkGraph } from "../components/graph.js";
import { EVENT_TYPE_AR, eventTypeAr } from "../labels.js";
import { ACTORS, countAr, formatDate, formatNumber, LINKS } from "../format.js";

export function NetworkPage({ params }: { params: URLSearchParams }) {
  const p = Object.fromEntries(params) as Record<string, string>;
  const type = p.type && p.type in EVENT_TYPE_AR ? (p.type as EventType) : undefined;
  const state = useApi<NetworkResponse>("network", { type, from: p.from, to: p.to, node_type: p.node_type || "PER", limit: 150 });
  const set = (changes: Record<string, string>) => navigate(href(["network"], { ...p, ...changes }));
  return (
    <div class="page page-network">
      <h1>شبكة الفاعلين</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <EventTypeFilter label="نوع التفاعل" value={type} onChange={set} />
        <label>
          العُقد
          <select value={p.node_type || "PER"} onChange={(e) => set({ node_type: (e.target as HTMLSelectElement).value })}>
            <option value="PER">الأشخاص</option>
            <option value="GPE">الدول</option>
            <option value="ORG">المنظمات</option>
          </select>
        </label>
        <DateRangeFilter from={p.from} to={p.to} onChange={set} />
      </form>
      <Show state={state}>
        {(net) => {
          if (net.nodes.length === 0) return <Empty>لا لقاءات أو اتصالات في هذه الفترة.</Empty>;
          const byId = new Map(net.nodes.map((n) => [n.id, n]));
          const edges = [...net.edges].sort((a, b) => b.weight - a.weight).slice(0, 30);
          return (
            <>
              <p class="result-count">
                {countAr(net.nodes.length, ACTORS)} و{countAr(net.edges.length, LINKS)} — انقر فاعلًا لفتح صفحته
              </p>
              <NetworkGraph network={net} onNode={(key) => navigate(href(["entity", key]))} />
              <h2>أقوى الصلات</h2>
              <table class="edges">
                <thead>
                  <tr><th>الطرفان</th><th>المرات</th><th>النوع</th><th>الفترة</th></tr>
                </thead>
                <tbody>
                  {edges.map((e) => {
                    const s = byId.get(e.source);
                    const t = byId.get(e.target);
                    return (
                      <tr key={`${e.source}-${e.target}`}>
                        <td>
                          {s ? <a href={href(["entity", s.key])}>{s.name}</a> : e.source} ↔ {t ? <a href={href(["entity", t.key])}>{t.name}</a> : e.target}
                        </td>
                        <td>{formatNumber(e.weight)}</td>
                        <td>{Object.entries(e.types).map(([k, v]) => `${eventTypeAr(k)} ${v}`).join("، ")}</td>
                        <td>{e.first === e.last ? formatDate(e.first) : `${formatDate(e.first)} – ${formatDate(e.last)}`}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          );
        }}
      </Show>
    </div>
  );
}
