// Events over time: a stacked bar chart by type (ECharts), filters, and the
// events of the selected period listed below.
import { useMemo } from "preact/hooks";
import type { EventPage, EventType, Interval, TimelineBucket } from "../../server/api-types.js";
import { useApi } from "../use-api.js";
import { href, navigate } from "../router.js";
import { Empty, Show } from "../components/states.js";
import { DateRangeFilter, EventTypeFilter } from "../components/filters.js";
import { Pager } from "../components/pager.js";
import { BarChart, type BarSeries } from "../components/bar-chart.js";
import { EventList } from "../components/event-list.js";
import { EVENT_COLORS } from "../event-colors.js";
import { EVENT_TYPE_AR, eventTypeAr } from "../labels.js";
import { countAr, EVENTS, type CountForms } from "../format.js";

interface TimelineAnswer {
  interval: Interval;
  buckets: TimelineBucket[];
}

const INTERVAL_AR: Record<Interval, string> = { day: "يوم", week: "أسبوع", month: "شهر" };
const INTERVAL_COUNT: Record<Interval, CountForms> = {
  day: { one: "يوم واحد", two: "يومين", few: "# أيام", many: "# يومًا", other: "# يوم" },
  week: { one: "أسبوع واحد", two: "أسبوعين", few: "# أسابيع", many: "# أسبوعًا", other: "# أسبوع" },
  month: { one: "شهر واحد", two: "شهرين", few: "# أشهر", many: "# شهرًا", other: "# شهر" },
};

/** The last day of a bucket, for filtering the event list to it. */
function periodEnd(period: string, interval: Interval): string {
  if (interval === "month") {
    const [y, m] = period.split("-").map(Number);
    const d = new Date(Date.UTC(y, m, 0));
    return d.toISOString().slice(0, 10);
  }
  if (interval === "week") {
    const d = new Date(`${period}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 6);
    return d.toISOString().slice(0, 10);
  }
  return period;
}

function periodStart(period: string, interval: Interval): string {
  return interval === "month" ? `${period}-01` : period;
}

export function TimelinePage({ params }: { params: URLSearchParams }) {
  const p = Object.fromEntries(params) as Record<string, string>;
  const interval = (["day", "week", "month"].includes(p.interval) ? p.interval : "month") as Interval;
  const type = p.type && p.type in EVENT_TYPE_AR ? (p.type as EventType) : undefined;
  const timeline = useApi<TimelineAnswer>("events/timeline", { interval, type, from: p.from, to: p.to, actor: p.actor });
  const listFrom = p.period ? periodStart(p.period, interval) : p.from;
  const listTo = p.period ? periodEnd(p.period, interval) : p.to;
  const offset = Number(p.offset ?? 0) || 0;
  const events = useApi<EventPage>("events", { type, from: listFrom, to: listTo, actor: p.actor, limit: 20, offset });
  const set = (changes: Record<string, string | number>) => navigate(href(["timeline"], { ...p, offset: "", ...changes }));

  return (
    <div class="page page-timeline">
      <h1>الخط الزمني للأحداث</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          الفاصل
          <select value={interval} onChange={(e) => set({ interval: (e.target as HTMLSelectElement).value, period: "" })}>
            {(Object.keys(INTERVAL_AR) as Interval[]).map((i) => (
              <option key={i} value={i}>{INTERVAL_AR[i]}</option>
            ))}
          </select>
        </label>
        <EventTypeFilter label="نوع الحدث" value={type} onChange={set} />
        <DateRangeFilter from={p.from} to={p.to} onChange={set} />
      </form>
      <Show state={timeline}>
        {(t) => <TimelineChart buckets={t.buckets} interval={interval} onPick={(period) => set({ period })} />}
      </Show>
      <h2>
        الأحداث{p.period ? <> في {p.period} <a href={href(["timeline"], { ...p, period: "", offset: "" })} class="chip">✕ كل الفترات</a></> : null}
      </h2>
      <Show state={events}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>لا أحداث تطابق هذه الشروط.</Empty>
          ) : (
            <>
              <p class="result-count">{countAr(page.total, EVENTS)}</p>
              <EventList events={page.items} />
              <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => set({ offset: o })} />
            </>
          )
        }
      </Show>
    </div>
  );
}

function TimelineChart({ buckets, interval, onPick }: { buckets: TimelineBucket[]; interval: Interval; onPick: (period: string) => void }) {
  const periods = useMemo(() => buckets.map((b) => b.period), [buckets]);
  const series = useMemo<BarSeries[]>(() => {
    const types = (Object.keys(EVENT_TYPE_AR) as EventType[]).filter((t) => buckets.some((b) => (b.byType[t] ?? 0) > 0));
    return types.map((t) => ({ name: eventTypeAr(t), color: EVENT_COLORS[t], values: buckets.map((b) => b.byType[t] ?? 0) }));
  }, [buckets]);
  if (buckets.length === 0) return <Empty>لا أحداث مؤرخة في هذه الفترة.</Empty>;
  const total = buckets.reduce((n, b) => n + b.count, 0);
  return (
    <section class="timeline-chart">
      <p class="result-count">
        {countAr(total, EVENTS)} في {countAr(buckets.length, INTERVAL_COUNT[interval])} — انقر عمودًا لعرض أحداثه
      </p>
      <BarChart periods={periods} series={series} onPick={(i) => onPick(periods[i])} label="عدد الأحداث في كل فترة حسب النوع" />
    </section>
  );
}
