/**
 * How people ask (「开公司要带什么」「驾照到期了怎么办」) versus how the catalogue is written
 * (开办企业, 机动车驾驶证). A query is rewritten with these everyday synonyms, and the asking
 * words around the subject are dropped, before it is matched against the catalogue.
 */
const SYNONYMS: [string[], string][] = [
  [["开公司", "办公司", "注册公司", "成立公司", "开店", "开个店", "办企业"], "开办企业"],
  [["办执照", "营业执照"], "营业执照"],
  [["驾照", "驾驶本", "驾驶执照", "车本"], "驾驶证"],
  [["行车证"], "行驶证"],
  [["生孩子", "生小孩", "新生儿", "宝宝出生", "生宝宝"], "出生"],
  [["入学", "读书", "上小学", "上初中", "幼儿园"], "上学"],
  [["买房", "买房子", "房子过户"], "购房"],
  [["房产证", "房本"], "不动产权证书"],
  [["户口本"], "户口簿"],
  [["结婚", "领证", "离婚"], "婚育"],
  [["看病", "就诊", "住院"], "就医"],
  [["找工作", "失业", "上班"], "就业"],
  [["养老金", "退休金", "退休了"], "退休"],
  [["去世", "死亡", "丧葬", "后事"], "身后"],
  [["社保卡"], "社会保障卡"],
  [["医保卡"], "医保电子凭证"],
  [["公交卡", "坐公交", "乘车卡"], "乘车"],
  [["关公司", "注销公司", "公司注销"], "注销"],
];

const ASKING = [
  "需要带什么", "要带什么", "带什么", "需要什么", "要什么", "什么材料", "哪些材料", "啥材料", "要哪些",
  "怎么办理", "如何办理", "怎样办理", "怎么办", "怎么弄", "去哪办", "在哪办", "在哪里", "哪里",
  "材料", "手续", "请问", "我想", "我要", "想要", "需要", "可以", "能不能", "到期了", "到期", "丢了", "了吗", "吗", "呢", "啊", "呀",
];

const byLength = (a: string, b: string) => b.length - a.length;
const SYNONYM_LIST = SYNONYMS.flatMap(([words, canonical]) => words.map((w) => [w, canonical] as const)).sort((a, b) => byLength(a[0], b[0]));
const ASKING_LIST = [...ASKING].sort(byLength);

/** The subject terms of a question, in the catalogue's words: 「开公司要带什么」 → ["开办企业"]. */
export function subjectTerms(question: string): string[] {
  let text = question.normalize("NFKC").trim();
  // Placeholders keep a replaced word from being cut up again by the asking words.
  const kept: string[] = [];
  for (const [word, canonical] of SYNONYM_LIST) {
    while (text.includes(word)) {
      kept.push(canonical);
      text = text.replace(word, ` \u0000${kept.length - 1}\u0000 `);
    }
  }
  for (const word of ASKING_LIST) text = text.split(word).join(" ");
  const terms = text
    .split(/[\s,，。.?？!！、;；:：]+/)
    .map((t) => t.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!))
    .filter((t) => t.length > 0);
  return [...new Set(terms)];
}
