// A stacked bar chart (periods × series) drawn by ECharts. Time reads right to
// left like the page; the value axis sits on the right.
import { useEffect, useRef, useState } from "preact/hooks";
import { ErrorBox, Loading } from "./states.js";

export interface BarSeries {
  name: string;
  values: number[];
  color?: string;
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
          tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, textStyle: { fontFamily: FONT } },
          legend: { top: 0, right: 0, textStyle: { fontFamily: FONT } },
          grid: { left: 16, right: 48, top: 40, bottom: 40, containLabel: true },
          xAxis: { type: "category", data: periods, inverse: true, axisLabel: { fontFamily: FONT } },
          yAxis: { type: "value", position: "right", minInterval: 1 },
          dataZoom: periods.length > 24 ? [{ type: "inside" }, { type: "slider", height: 16, bottom: 8 }] : [],
          series: series.map((s) => ({ name: s.name, type: "bar", stack: "all", data: s.values, itemStyle: s.color ? { color: s.color } : undefined, emphasis: { focus: "series" } })),
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
