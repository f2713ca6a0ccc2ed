import dagre from "@dagrejs/dagre";
import { predecessors, sideFigures } from "./comparison";
import type { ReformStep } from "./schemas";

/**
 * 改革流程图: the steps of each side laid out top to bottom by dagre (ranks and crossing reduction),
 * drawn here as SVG from its positions. Pure and deterministic — the same steps give the same
 * string — so the page, the print view and the Word export show one drawing.
 */

/** A Chinese system stack; the PNG for Word is rendered with the machine's Noto CJK. */
export const DIAGRAM_FONT = `'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif`;

const NODE_WIDTH = 184;
const PAD = 10;
const TITLE = { size: 14, line: 19 };
const NOTE = { size: 12, line: 16 };
const TERMINAL = { width: 64, height: 28 };
const SIDE_GAP = 40;
const HEADER = 52;

const THEMES = {
  before: { fill: "#f8fafc", stroke: "#94a3b8", accent: "#475569", heading: "改革前" },
  after: { fill: "#eff6ff", stroke: "#2563eb", accent: "#1d4ed8", heading: "改革后" },
} as const;
type Side = keyof typeof THEMES;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Width of text in em: CJK and full-width forms one em, the rest a little over half. */
const emWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6), 0);

/** Breaks text into lines no wider than `width` pixels at `size`; at most `max` lines, the last ending in … when cut. */
export function wrap(text: string, size: number, width: number, max = 3): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (emWidth(line + ch) * size > width && line) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${[...kept[max - 1]!].slice(0, -1).join("")}…`;
  return kept;
}

const round = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => String(round(n));

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: { text: string; size: number; line: number; weight?: number; color?: string }[];
  terminal?: boolean;
}

interface Drawn {
  width: number;
  height: number;
  body: string;
}

function stepLines(step: ReformStep, n: number, accent: string) {
  const inner = NODE_WIDTH - 2 * PAD;
  const meta = [`${fmt(step.days)} 个工作日`, step.inPerson ? "到窗口" : ""].filter(Boolean).join(" · ");
  return [
    ...wrap(`${n}. ${step.title}`, TITLE.size, inner, 2).map((text) => ({ text, ...TITLE, weight: 600 })),
    ...wrap([step.actor, step.place].filter(Boolean).join(" · "), NOTE.size, inner, 2).map((text) => ({ text, ...NOTE, color: "#334155" })),
    ...wrap(meta, NOTE.size, inner, 1).map((text) => ({ text, ...NOTE, color: accent })),
  ];
}

/** Lays out one side: 开始 → steps (by what each follows) → 办结. */
function layoutSide(steps: readonly ReformStep[], side: Side): Drawn {
  const theme = THEMES[side];
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "TB", nodesep: 24, ranksep: 30, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  g.setNode("start", { width: TERMINAL.width, height: TERMINAL.height });
  g.setNode("end", { width: TERMINAL.width, height: TERMINAL.height });
  const lines = steps.map((s, i) => stepLines(s, i + 1, theme.accent));
  steps.forEach((_, i) => {
    const height = 2 * PAD + lines[i]!.reduce((h, l) => h + l.line, 0);
    g.setNode(`s${i}`, { width: NODE_WIDTH, height });
  });
  const preds = predecessors(steps);
  const followed = new Set(preds.flat());
  // dagre places the children of a node right to left in the order their edges arrive; adding
  // them last step first keeps steps side by side in their numbered order.
  [...preds.entries()].reverse().forEach(([i, ps]) => {
    if (!ps.length) g.setEdge("start", `s${i}`);
    for (const p of ps) g.setEdge(`s${p}`, `s${i}`);
  });
  steps.forEach((_, i) => {
    if (!followed.has(i)) g.setEdge(`s${i}`, "end");
  });
  dagre.layout(g);

  const boxes: Box[] = g.nodes().map((id) => {
    const n = g.node(id);
    const terminal = id === "start" || id === "end";
    return {
      id,
      x: n.x - n.width / 2,
      y: n.y - n.height / 2,
      width: n.width,
      height: n.height,
      terminal,
      lines: terminal ? [{ text: id === "start" ? "开始" : "办结", ...NOTE, weight: 600 }] : lines[Number(id.slice(1))]!,
    };
  });
  const edges = g.edges().map((e) => g.edge(e).points as { x: number; y: number }[]);
  const { width = 0, height = 0 } = g.graph();

  const parts: string[] = [];
  for (const points of edges) {
    const d = points.map((p, i) => `${i ? "L" : "M"}${fmt(p.x)} ${fmt(p.y)}`).join(" ");
    parts.push(`<path d="${d}" fill="none" stroke="${theme.stroke}" stroke-width="1.5"/>`);
    parts.push(arrowHead(points, theme.stroke));
  }
  for (const b of boxes) {
    const rx = b.terminal ? b.height / 2 : 6;
    // A step done at a counter gets the thicker border: the trips the reform saves are visible.
    const inPerson = !b.terminal && steps[Number(b.id.slice(1))]!.inPerson;
    parts.push(`<rect x="${fmt(b.x)}" y="${fmt(b.y)}" width="${fmt(b.width)}" height="${fmt(b.height)}" rx="${rx}" fill="${b.terminal ? "#ffffff" : theme.fill}" stroke="${theme.stroke}" stroke-width="${inPerson ? 3 : 1.5}"/>`);
    let y = b.y + (b.terminal ? (b.height - NOTE.line) / 2 : PAD);
    for (const l of b.lines) {
      y += l.line;
      const x = b.terminal ? b.x + b.width / 2 : b.x + PAD;
      const anchor = b.terminal ? ` text-anchor="middle"` : "";
      const weight = l.weight ? ` font-weight="${l.weight}"` : "";
      parts.push(`<text x="${fmt(x)}" y="${fmt(y - (l.line - l.size) / 2 - 2)}" font-size="${l.size}" fill="${l.color ?? "#0f172a"}"${anchor}${weight}>${escapeXml(l.text)}</text>`);
    }
  }
  // The heading's summary line may be wider than a single column of steps: centre the steps under it.
  const full = Math.max(width, NODE_WIDTH + 16, emWidth(summary(steps)) * 12 + 24);
  const dx = (full - width) / 2;
  return { width: full, height, body: dx ? `<g transform="translate(${fmt(dx)} 0)">${parts.join("")}</g>` : parts.join("") };
}

/** A filled triangle at the last point of an edge, pointing along its last segment (no marker ids to clash between SVGs on one page). */
function arrowHead(points: { x: number; y: number }[], color: string): string {
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2] ?? { x: tip.x, y: tip.y - 1 };
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const at = (a: number, r: number) => `${fmt(tip.x - r * Math.cos(angle + a))},${fmt(tip.y - r * Math.sin(angle + a))}`;
  return `<polygon points="${fmt(tip.x)},${fmt(tip.y)} ${at(0.45, 9)} ${at(-0.45, 9)}" fill="${color}"/>`;
}

function summary(steps: readonly ReformStep[]): string {
  const f = sideFigures(steps);
  return `${f.steps} 个环节 · ${fmt(f.days)} 个工作日 · 跑动 ${f.trips} 次`;
}

function heading(side: Side, steps: readonly ReformStep[], width: number): string {
  const theme = THEMES[side];
  return (
    `<text x="${fmt(width / 2)}" y="20" font-size="16" font-weight="700" text-anchor="middle" fill="${theme.accent}">${theme.heading}</text>` +
    `<text x="${fmt(width / 2)}" y="40" font-size="12" text-anchor="middle" fill="#334155">${escapeXml(summary(steps))}</text>`
  );
}

function describe(side: Side, steps: readonly ReformStep[]): string {
  const starts = predecessors(steps).flatMap((ps) => (ps.length ? ps : [-1]));
  const parallel = starts.some((p, i) => starts.indexOf(p) !== i);
  return `${THEMES[side].heading}：${summary(steps)}${parallel ? "，含并联环节" : ""}`;
}

function svg(width: number, height: number, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fmt(width)} ${fmt(height)}" width="100%" style="max-width:${fmt(width)}px;height:auto" ` +
    `role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(DIAGRAM_FONT)}">` +
    `<title>${escapeXml(label)}</title><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`
  );
}

/** One side on its own (the page puts the two next to each other, or one above the other on a phone). */
export function sideDiagram(steps: readonly ReformStep[], side: Side, name: string): { svg: string; width: number; height: number } {
  const drawn = layoutSide(steps, side);
  const height = drawn.height + HEADER;
  const label = `${name}${THEMES[side].heading}流程图，${describe(side, steps)}。各环节见流程列表`;
  return { svg: svg(drawn.width, height, label, heading(side, steps, drawn.width) + `<g transform="translate(0 ${HEADER})">${drawn.body}</g>`), width: drawn.width, height };
}

/** Before and after side by side in one drawing (print and Word). */
export function reformDiagram(sheet: { stepsBefore: readonly ReformStep[]; stepsAfter: readonly ReformStep[] }, name: string): { svg: string; width: number; height: number } {
  const before = layoutSide(sheet.stepsBefore, "before");
  const after = layoutSide(sheet.stepsAfter, "after");
  const width = before.width + SIDE_GAP + after.width;
  const height = Math.max(before.height, after.height) + HEADER;
  const divider = `<line x1="${fmt(before.width + SIDE_GAP / 2)}" y1="8" x2="${fmt(before.width + SIDE_GAP / 2)}" y2="${fmt(height - 8)}" stroke="#cbd5e1" stroke-dasharray="4 4"/>`;
  const body =
    heading("before", sheet.stepsBefore, before.width) +
    `<g transform="translate(0 ${HEADER})">${before.body}</g>` +
    divider +
    `<g transform="translate(${fmt(before.width + SIDE_GAP)} 0)">${heading("after", sheet.stepsAfter, after.width)}<g transform="translate(0 ${HEADER})">${after.body}</g></g>`;
  const label = `${name}改革流程图。${describe("before", sheet.stepsBefore)}；${describe("after", sheet.stepsAfter)}。各环节见改革对比表与流程列表`;
  return { svg: svg(width, height, label, body), width, height };
}
