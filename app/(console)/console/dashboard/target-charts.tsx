"use client";

import { useEffect, useRef } from "react";

interface Props {
  departments: { name: string; newResources: number; kind: string }[];
  /** Every month of the year; months still to come have null, drawn as nothing rather than 0. */
  trend: { month: string; resourcesSoFar: number | null }[];
  resourceTarget: number;
}

/**
 * The two charts of the dashboard. ECharts is loaded here, on this page only, and draws onto
 * canvases; the tables beside the charts carry the same numbers for screen readers and export.
 */
export function TargetCharts({ departments, trend, resourceTarget }: Props) {
  const barRef = useRef<HTMLDivElement>(null);
  const lineRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let disposed = false;
    const charts: { dispose(): void; resize(): void }[] = [];
    (async () => {
      const [echarts, { BarChart, LineChart }, components, { CanvasRenderer }] = await Promise.all([
        import("echarts/core"),
        import("echarts/charts"),
        import("echarts/components"),
        import("echarts/renderers"),
      ]);
      if (disposed || !barRef.current || !lineRef.current) return;
      echarts.use([BarChart, LineChart, components.GridComponent, components.TooltipComponent, components.MarkLineComponent, CanvasRenderer]);
      const top = [...departments].sort((a, b) => b.newResources - a.newResources).slice(0, 15).reverse();
      const bar = echarts.init(barRef.current);
      bar.setOption({
        tooltip: { trigger: "axis" },
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: "value" },
        yAxis: { type: "category", data: top.map((d) => d.name.replace(/^青岛市/, "")) },
        series: [{ type: "bar", name: "今年新增资源", data: top.map((d) => d.newResources), itemStyle: { color: "#0b5cad" } }],
      });
      const line = echarts.init(lineRef.current);
      line.setOption({
        tooltip: { trigger: "axis" },
        grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: trend.map((t) => t.month) },
        yAxis: { type: "value", max: (v: { max: number }) => Math.max(v.max, resourceTarget) },
        series: [
          {
            type: "line",
            name: "累计新增资源",
            data: trend.map((t) => t.resourcesSoFar),
            itemStyle: { color: "#0b5cad" },
            markLine: { symbol: "none", data: [{ yAxis: resourceTarget, name: "目标" }], label: { formatter: `目标 ${resourceTarget}` }, lineStyle: { color: "#b45309" } },
          },
        ],
      });
      charts.push(bar, line);
    })();
    const onResize = () => charts.forEach((c) => c.resize());
    window.addEventListener("resize", onResize);
    return () => {
      disposed = true;
      window.removeEventListener("resize", onResize);
      charts.forEach((c) => c.dispose());
    };
  }, [departments, trend, resourceTarget]);

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="mb-2 font-medium">各部门今年新增资源（前 15）</figcaption>
        <div ref={barRef} className="h-96 w-full" aria-hidden="true" />
      </figure>
      <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="mb-2 font-medium">新增资源逐月累计与目标</figcaption>
        <div ref={lineRef} className="h-96 w-full" aria-hidden="true" />
      </figure>
    </div>
  );
}
