import { describe, expect, it } from "vitest";
import { reformDiagram, sideDiagram, wrap } from "./diagram";
import { reformSheetSchema, type ReformStepInput } from "./schemas";

const step = (title: string, over: Partial<ReformStepInput> = {}): ReformStepInput => ({ title, actor: "申请人", days: 1, ...over });
const sheet = () =>
  reformSheetSchema.parse({
    items: [{ name: "职工参保登记", departmentId: "00000000-0000-4000-8000-000000000001", change: "merged" }],
    stepsBefore: [step("人社窗口登记", { inPerson: true, days: 3 }), step(`医保 <b>"登记"</b> & 核验`, { inPerson: true, days: 5 })],
    stepsAfter: [
      step("一窗受理", { place: "市民中心", inPerson: true, days: 0.5 }),
      step("人社登记", { actor: "市人社局" }),
      step("医保登记", { actor: "市医保局", days: 2, after: [1] }),
      step("统一出件", { days: 0.5, after: [2, 3] }),
    ],
  });

/** The step boxes' top-left corners, in drawing order. */
const boxes = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="184"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe("改革流程图", () => {
  it("draws the same SVG for the same steps", () => {
    expect(reformDiagram(sheet(), "社保参保一件事").svg).toBe(reformDiagram(sheet(), "社保参保一件事").svg);
    expect(sideDiagram(sheet().stepsAfter, "after", "社保参保一件事").svg).toBe(sideDiagram(sheet().stepsAfter, "after", "社保参保一件事").svg);
  });

  it("escapes every text and labels the picture", () => {
    const { svg } = reformDiagram(sheet(), `A&B <一件事>`);
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("医保 &lt;b&gt;&quot;");
    // Between tags, no bare < or & is left.
    for (const text of svg.match(/>[^<]*</g)!) expect(text.slice(1, -1)).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 [\d.]+ [\d.]+" width="100%"[^>]* role="img" aria-label="A&amp;B &lt;一件事&gt;改革流程图。改革前：2 个环节 · 8 个工作日 · 跑动 2 次；改革后：4 个环节 · 3 个工作日 · 跑动 1 次，含并联环节。/);
    expect(svg).toContain("Noto Sans CJK SC");
  });

  it("puts 并联 steps side by side, in their order, and the step after them below both", () => {
    const [accept, rsj, yb, done] = boxes(sideDiagram(sheet().stepsAfter, "after", "社保参保一件事").svg);
    expect(rsj!.y).toBe(yb!.y);
    expect(rsj!.x).toBeLessThan(yb!.x);
    expect(accept!.y).toBeLessThan(rsj!.y);
    expect(done!.y).toBeGreaterThan(yb!.y);
  });

  it("wraps long titles and cuts what does not fit", () => {
    expect(wrap("一二三四五六七八九十", 10, 50)).toEqual(["一二三四五", "六七八九十"]);
    expect(wrap("一二三四五六七八九十", 10, 30, 2)).toEqual(["一二三", "四五…"]);
  });
});
