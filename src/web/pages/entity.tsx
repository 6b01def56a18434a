// A person's (or any entity's) page: roles over time, meetings and calls,
// statements over time, partners and co-occurring entities.
import { useEffect, useMemo } from "preact/hooks";
import type { EventType, ProfileResponse } from "../../server/api-types.js";
import { useApi } from "../use-api.js";
import { href } from "../router.js";
import { Empty, Show } from "../components/states.js";
import { EventList } from "../components/event-list.js";
import { StatementList } from "../components/statement-list.js";
import { BarChart, type BarSeries } from "../components/bar-chart.js";
import { EVENT_COLORS } from "../event-colors.js";
import { EVENT_TYPE_AR, entityTypeAr, eventTypeAr } from "../labels.js";
import { ARTICLES, countAr, formatDate, formatNumber } from "../format.js";

/** Events by type and statements, per month, on one chart. */
function ActivityChart({ profile }: { profile: ProfileResponse }) {
  const { periods, series } = useMemo(() => {
    const month = (p: string) => p.slice(0, 7);
    const periods = [...new Set([...profile.timeline.map((b) => month(b.period)), ...profile.statementTimeline.map((b) => b.period)])].sort();
    const byPeriod = (values: Map<string, number>) => periods.map((p) => values.get(p) ?? 0);
    const types = (Object.keys(EVENT_TYPE_AR) as EventType[]).filter((t) => profile.timeline.some((b) => (b.byType[t] ?? 0) > 0));
    const series: BarSeries[] = types.map((t) => {
      const m = new Map<string, number>();
      for (const b of profile.timeline) m.set(month(b.period), (m.get(month(b.period)) ?? 0) + (b.byType[t] ?? 0));
      return { name: eventTypeAr(t), color: EVENT_COLORS[t], values: byPeriod(m) };
    });
    if (profile.statementTimeline.length > 0) {
      series.push({ name: "تصريحات", color: "#e0c200", values: byPeriod(new Map(profile.statementTimeline.map((b) => [b.period, b.count]))) });
    }
    return { periods, series };
  }, [profile]);
  if (periods.length === 0) return <Empty>لا نشاط مؤرخ.</Empty>;
  return <BarChart periods={periods} series={series} label="الأحداث والتصريحات شهرًا بشهر" />;
}

function Profile({ p }: { p: ProfileResponse }) {
  useEffect(() => {
    document.title = `رصد — ${p.name}`;
  }, [p]);
  return (
    <div class="page page-entity">
      <header class="entity-head">
        <h1>
          {p.name}
          {p.name_en ? <span class="name-en" lang="en" dir="ltr">{p.name_en}</span> : null}
        </h1>
        <p class="meta">
          {entityTypeAr(p.type)}
          {p.country ? <> · {p.country}</> : null}
          {" "}· {countAr(p.articleCount, ARTICLES)} · {formatDate(p.firstSeen)} – {formatDate(p.lastSeen)}
          {p.wikidata ? (
            <>
              {" "}·{" "}
              <a href={`https://www.wikidata.org/wiki/${encodeURIComponent(p.wikidata)}`} rel="noopener noreferrer" target="_blank" lang="en" dir="ltr">{p.wikidata}</a>
            </>
          ) : null}
        </p>
        {p.names.length > 1 || p.variants.length > 1 ? (
          <p class="meta">صيغ الاسم: {[...new Set([...p.names, ...p.variants])].slice(0, 12).join("، ")}</p>
        ) : null}
      </header>

      <div class="profile-grid">
        <section>
          <h2>المناصب والصفات عبر الزمن</h2>
          {p.roleHistory.length === 0 ? <Empty>لا صفات مذكورة.</Empty> : (
            <table class="roles">
              <thead><tr><th>الصفة</th><th>الفترة</th><th>المقالات</th></tr></thead>
              <tbody>
                {p.roleHistory.map((r) => (
                  <tr key={r.role}>
                    <td>{r.role}{r.office && r.office !== r.role ? <span class="name-en" lang="en" dir="ltr">{r.office}</span> : null}</td>
                    <td>{r.first === r.last ? formatDate(r.first) : `${formatDate(r.first)} – ${formatDate(r.last)}`}</td>
                    <td>{formatNumber(r.articles)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section>
          <h2>أكثر من تعامل معهم</h2>
          {p.partners.length === 0 ? <Empty>لا لقاءات أو اتصالات مسجلة.</Empty> : (
            <ul class="chips">
              {p.partners.map((x) => (
                <li key={x.key}><a class="chip" href={href(["entity", x.key])}>{x.name} <span class="count">{formatNumber(x.weight)}</span></a></li>
              ))}
            </ul>
          )}
          <h3>يرد ذكرهم معه</h3>
          {p.cooccurring.length === 0 ? <Empty>—</Empty> : (
            <ul class="chips">
              {p.cooccurring.slice(0, 20).map((x) => (
                <li key={x.key}><a class="chip" href={href(["entity", x.key])}>{x.name} <span class="count">{formatNumber(x.articles)}</span></a></li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section>
        <h2>الأحداث والتصريحات عبر الزمن</h2>
        <ActivityChart profile={p} />
      </section>

      <section>
        <h2>اللقاءات والاتصالات <span class="count">{formatNumber(p.events.total)}</span></h2>
        {p.events.items.length === 0 ? <Empty>لا أحداث.</Empty> : <EventList events={p.events.items} />}
        {p.events.total > p.events.items.length ? <a href={href(["timeline"], { actor: p.key })}>كل الأحداث ←</a> : null}
      </section>

      <section>
        <h2>التصريحات <span class="count">{formatNumber(p.statements.total)}</span></h2>
        {p.statements.items.length === 0 ? <Empty>لا تصريحات منسوبة.</Empty> : <StatementList statements={p.statements.items} />}
        {p.statements.total > p.statements.items.length ? <a href={href(["statements"], { speaker: p.key })}>كل التصريحات ←</a> : null}
      </section>
    </div>
  );
}

export function EntityPage({ entityKey }: { entityKey: string }) {
  const state = useApi<ProfileResponse>(`entities/${encodeURIComponent(entityKey)}`);
  return <Show state={state}>{(p) => <Profile p={p} />}</Show>;
}
