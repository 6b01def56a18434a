// ECharts, only the parts we draw with (bar charts on canvas), so the bundle
// stays small. Loaded lazily by the views that chart.
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent, DataZoomComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

export { echarts };
export const FONT = '"Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif';
