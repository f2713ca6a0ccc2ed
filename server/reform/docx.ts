import { AlignmentType, Document, HeadingLevel, PageOrientation, Paragraph, Packer, type ISectionOptions, type Table } from "docx";
import { para, heading, run, svgPicture, table } from "@/server/documents/word";
import { formatDateTime } from "@/server/time";
import { MEASURE_DEFINITIONS, predecessors, rateLabel, REFORM_MEASURE_LABELS, REFORM_MEASURES } from "./comparison";
import { reformDiagram } from "./diagram";
import { REFORM_CHANGE_LABELS, type ReformStep } from "./schemas";
import type { ReformSheetView } from "./sheet";

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function stepsTable(steps: readonly ReformStep[]): Table {
  const preds = predecessors(steps);
  return table(
    ["序号", "环节", "办理主体", "窗口或系统", "申请人提交的材料", "填报表单", "工作日", "到窗口", "接在"],
    steps.map((s, i) => [
      String(i + 1),
      s.title,
      s.actor,
      s.place || "—",
      s.materials.join("、") || "—",
      s.forms.join("、") || "—",
      fmt(s.days),
      s.inPerson ? "是" : "否",
      preds[i]!.length ? preds[i]!.map((p) => `第 ${p + 1} 步`).join("、") : "开始",
    ]),
  );
}

/** The reform sheet as a Word document: 改革清单, 改革流程图 (SVG with its PNG) with the steps, 改革对比表. */
export async function reformSheetDocx(view: ReformSheetView, exportedAt = new Date()): Promise<Buffer> {
  const { sheet, figures } = view;
  const diagram = reformDiagram(sheet, view.name);
  // The chart gets a portrait page of its own (A4 less 2 cm margins, about 640 × 940 px): long
  // serial processes are tall, and a picture taller than its page is cut off.
  const scale = Math.min(1, 640 / diagram.width, 940 / diagram.height);
  const [width, height] = [Math.round(diagram.width * scale), Math.round(diagram.height * scale)];
  const opening: ISectionOptions["children"][number][] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [run(`${view.name}改革清单、流程图与对比表`, true)], spacing: { after: 240 } }),
    para(`${view.kindLabel}　牵头部门：${view.leadName}　导出时间：${formatDateTime(exportedAt)}${view.unpublished ? "　（修改中的版本，尚未发布）" : ""}`),
    heading("一、改革清单"),
    table(
      ["序号", "事项名称", "事项编码", "实施部门", "改革方式", "说明"],
      sheet.items.map((item, i) => [String(i + 1), item.name, item.code || "—", view.departmentNames[item.departmentId] ?? "—", REFORM_CHANGE_LABELS[item.change], item.note || "—"]),
    ),
  ];
  const chart = [
    heading("二、改革流程图"),
    svgPicture(diagram.svg, { width, height }, { name: "改革流程图", title: `${view.name}改革流程图`, description: `${view.name}改革前后流程图，各环节见下表` }),
  ];
  const rest: ISectionOptions["children"][number][] = [
    para("改革前流程"),
    stepsTable(sheet.stepsBefore),
    para("改革后流程"),
    stepsTable(sheet.stepsAfter),
    heading("三、改革对比表"),
    table(
      ["指标", "改革前", "改革后", "减少", "压减率"],
      REFORM_MEASURES.map((m) => {
        const f = figures[m];
        const { label, unit } = REFORM_MEASURE_LABELS[m];
        return [`${label}（${unit}）`, fmt(f.before), fmt(f.after), fmt(f.cut), rateLabel(f)];
      }),
    ),
    para(`口径：${MEASURE_DEFINITIONS}`),
  ];
  if (view.droppedMaterials.length) {
    rest.push(para(`不再需要提交的材料：${view.droppedMaterials.join("、")}。`));
    for (const link of view.noProof) rest.push(para(`无证明场景「${link.name}」（${link.itemCode}）${link.materials.length ? `：${link.materials.join("、")}` : ""}`));
  }
  const margin = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
  const landscape = { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin } };
  const doc = new Document({
    title: `${view.name}改革清单`,
    sections: [
      { properties: landscape, children: opening },
      { properties: { page: { size: { width: 11906, height: 16838 }, margin } }, children: chart },
      { properties: landscape, children: rest },
    ],
  });
  return Packer.toBuffer(doc);
}
