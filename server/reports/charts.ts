import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ReportFigures } from "./figures";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export interface ReportChart {
  key: string;
  title: string;
  svg: string;
}

/** The system Chinese fonts the page, print and the PNG for Word all find (CI installs Noto CJK). */
const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const BLUE = "#0b5cad";
const AMBER = "#b45309";

function draw(option: Record<string, unknown>, width: number, height: number): string {
  // Server-side rendering to an SVG string, no DOM; without animation the output is deterministic.
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT, fontSize: 13 }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The 通报's charts, drawn from its figures alone so an issued report keeps them as issued. */
export function drawReportCharts(f: ReportFigures): ReportChart[] {
  const resourceTarget = f.targets.find((t) => t.key === "resources")?.target ?? 0;
  const top = [...f.units].sort((a, b) => b.newResources - a.newResources || a.name.localeCompare(b.name, "zh-CN")).slice(0, 10).reverse();
  return [
    {
      key: "targets",
      title: "方案四项目标完成率",
      svg: draw(
        {
          grid: { left: 8, right: 56, top: 16, bottom: 8 },
          xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
          yAxis: { type: "category", data: [...f.targets].reverse().map((t) => t.label) },
          series: [
            {
              type: "bar",
              data: [...f.targets].reverse().map((t) => Math.min(100, Math.round((t.current / t.target) * 100))),
              itemStyle: { color: BLUE },
              label: { show: true, position: "right", formatter: "{c}%" },
            },
          ],
        },
        640,
        240,
      ),
    },
    {
      key: "trend",
      title: `${f.year}年新增资源逐月累计与目标`,
      svg: draw(
        {
          grid: { left: 8, right: 24, top: 32, bottom: 8 },
          xAxis: { type: "category", data: f.trend.map((t) => `${Number(t.month.slice(5))}月`) },
          yAxis: { type: "value", max: Math.max(resourceTarget, ...f.trend.map((t) => t.resourcesSoFar)) },
          series: [
            {
              type: "line",
              data: f.trend.map((t) => t.resourcesSoFar),
              itemStyle: { color: BLUE },
              label: { show: true, position: "top" },
              markLine: { symbol: "none", silent: true, data: [{ yAxis: resourceTarget }], label: { position: "insideEndTop", formatter: `目标 ${resourceTarget}` }, lineStyle: { color: AMBER } },
            },
          ],
        },
        640,
        300,
      ),
    },
    {
      key: "units",
      title: "今年新增资源前十的部门和区市",
      svg: draw(
        {
          grid: { left: 8, right: 40, top: 8, bottom: 8 },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", data: top.map((u) => u.name.replace(/^青岛市/, "")) },
          series: [{ type: "bar", data: top.map((u) => u.newResources), itemStyle: { color: BLUE }, label: { show: true, position: "right" } }],
        },
        640,
        340,
      ),
    },
  ];
}
