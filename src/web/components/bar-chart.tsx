// A stacked bar chart (periods × series) drawn by ECharts. Time reads right to
// left like the page; the value axis sits on the right.
import { useEffect, useRef, useState } from "preact/hooks";
import { ErrorBox, Loading } from "./states.js";

export interface BarSeries {
  name: string;
  values: number[];
  color?: string;
}

interface TooltipItem {
  axisValueLabel?: string;
  seriesName?: string;
  value?: unknown;
  color?: unknown;
}

/**
 * ECharts' default tooltip is an HTML string with style="" attributes, which
 * the CSP blocks; this builds the same content as DOM nodes (styles set
 * through CSSOM, which the CSP allows).
 */
function tooltipContent(params: unknown): HTMLElement {
  const items = (Array.isArray(params) ? params : [params]) as TooltipItem[];
  const box = document.createElement("div");
  box.className = "chart-tip";
  const head = document.createElement("strong");
  head.textContent = items[0]?.axisValueLabel ?? "";
  box.appendChild(head);
  for (const it of items) {
    if (!it.value) continue;
    const row = document.createElement("div");
    const dot = document.createElement("span");
    dot.className = "dot";
    if (typeof it.color === "string") dot.style.backgroundColor = it.color;
    row.append(dot, `${it.seriesName ?? ""}: ${String(it.value)}`);
    box.appendChild(row);
  }
  return box;
}

export function BarChart({ periods, series, onPick, label }: { periods: string[]; series: BarSeries[]; onPick?: (index: number) => void; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<"loading" | "ok" | "error">("loading");
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | null = null;
    const onResize = () => chart?.resize();
    import("../charts/echarts.js").then(
      ({ echarts, FONT }) => {
        if (disposed || !el.current) return;
        const c = echarts.init(el.current, undefined, { renderer: "canvas" });
        chart = c;
        c.setOption({
          textStyle: { fontFamily: FONT },
          tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, textStyle: { fontFamily: FONT }, formatter: tooltipContent },
          legend: { top: 0, right: 0, textStyle: { fontFamily: FONT } },
          // The legend wraps to two or three lines on a phone: leave it room.
          grid: { left: 16, right: 48, top: el.current.clientWidth < 600 ? 84 : 44, bottom: 40, containLabel: true },
          animationDuration: 300,
          xAxis: { type: "category", data: periods, inverse: true, axisLabel: { fontFamily: FONT } },
          yAxis: { type: "value", position: "right", minInterval: 1 },
          dataZoom: periods.length > 24 ? [{ type: "inside" }, { type: "slider", height: 16, bottom: 8 }] : [],
          series: series.map((s) => ({ name: s.name, type: "bar", stack: "all", barMaxWidth: 56, data: s.values, itemStyle: s.color ? { color: s.color } : undefined, emphasis: { focus: "series" } })),
        });
        if (onPick) c.on("click", (p: { dataIndex?: number }) => p.dataIndex !== undefined && onPick(p.dataIndex));
        window.addEventListener("resize", onResize);
        setStatus("ok");
      },
      () => !disposed && setStatus("error"),
    );
    return () => {
      disposed = true;
      window.removeEventListener("resize", onResize);
      chart?.dispose();
    };
  }, [periods, series]);
  return (
    <div class="chart-wrap">
      {status === "loading" ? <Loading label="جارٍ رسم المخطط…" /> : null}
      {status === "error" ? <ErrorBox message="تعذّر تحميل مكتبة الرسم" /> : null}
      <div ref={el} class="chart" role="img" aria-label={label} />
    </div>
  );
}
