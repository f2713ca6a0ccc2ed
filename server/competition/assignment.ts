export interface AssignmentEntry {
  id: string;
  track: string;
  /** Named in explanations; the id stands in when absent. */
  name?: string;
  /** The entry's declaring departments: their judges must recuse themselves. */
  departmentIds: readonly string[];
}

export interface AssignmentJudge {
  id: string;
  departmentId: string;
  name?: string;
}

/** A declared conflict of interest (利益冲突) between a judge and an entry. */
export interface Conflict {
  judgeId: string;
  entryId: string;
}

export interface Assignment {
  entryId: string;
  judgeId: string;
}

export interface AssignmentInput {
  entries: readonly AssignmentEntry[];
  judges: readonly AssignmentJudge[];
  conflicts: readonly Conflict[];
  /** Judges per entry. */
  perEntry: number;
}

export type AssignmentResult =
  | { ok: true; assignments: Assignment[]; loads: Record<string, number>; warnings: string[] }
  | { ok: false; problems: string[] };

export type SwapResult = { ok: true; assignments: Assignment[] } | { ok: false; error: string };

/**
 * Gives every entry exactly `perEntry` judges without a conflict of interest, with judge loads as even as
 * the conflicts allow: within one of each other when possible, otherwise the smallest spread there is (and a
 * warning). The same input in any order gives the same assignment.
 */
export function assignJudges(input: AssignmentInput): AssignmentResult {
  const k = input.perEntry;
  if (!Number.isInteger(k) || k < 1) return { ok: false, problems: ["每件作品所需评委人数须为正整数"] };
  const entries = [...input.entries].sort(byId);
  const judges = [...input.judges].sort(byId);
  const zeroLoads = Object.fromEntries(judges.map((judge) => [judge.id, 0]));
  if (entries.length === 0) return { ok: true, assignments: [], loads: zeroLoads, warnings: [] };
  if (judges.length < k) {
    return { ok: false, problems: [`评委共 ${judges.length} 位，少于每件作品所需的 ${k} 位`] };
  }

  const conflicts = conflictKeys(input.conflicts);
  const eligible = entries.map((entry) =>
    judges
      .map((judge, index) => ({ judge, index }))
      .filter(({ judge }) => recusal(judge, entry, conflicts) === null)
      // Hash order, so that ties between equally good judges fall on different judges for different entries.
      .sort((a, b) => pairHash(entry.id, a.judge.id) - pairHash(entry.id, b.judge.id) || byId(a.judge, b.judge))
      .map(({ index }) => index),
  );
  const problems = shortages(entries, judges, conflicts, eligible, k);
  if (problems.length > 0) return { ok: false, problems };

  // How many entries each judge may score at all.
  const open = judges.map(() => 0);
  for (const list of eligible) for (const judge of list) open[judge]! += 1;
  const assignments = balancedPlan(eligible, open, k)
    .map(([entry, judge]) => ({ entryId: entries[entry]!.id, judgeId: judges[judge]!.id }))
    .sort((a, b) => compareStrings(a.entryId, b.entryId) || compareStrings(a.judgeId, b.judgeId));
  const loads = { ...zeroLoads };
  for (const { judgeId } of assignments) loads[judgeId]! += 1;

  const warnings: string[] = [];
  const least = Math.min(...Object.values(loads));
  const most = Math.max(...Object.values(loads));
  if (most - least > 1) {
    warnings.push(`因回避规则，评委工作量无法做到相差不超过 1 件：最少 ${least} 件，最多 ${most} 件`);
    const average = Math.floor((k * entries.length) / judges.length);
    judges.forEach((judge, index) => {
      if (open[index]! < average) warnings.push(`评委“${judge.name ?? judge.id}”只有 ${open[index]} 件无需回避的作品`);
    });
  }
  return { ok: true, assignments, loads, warnings };
}

/** Replaces one judge of an entry with another, under the same recusal rules as the automatic assignment. */
export function swapJudge(
  assignments: readonly Assignment[],
  swap: { entryId: string; fromJudgeId: string; toJudgeId: string },
  context: Pick<AssignmentInput, "entries" | "judges" | "conflicts">,
): SwapResult {
  const entry = context.entries.find((e) => e.id === swap.entryId);
  if (!entry) return { ok: false, error: "参赛作品不存在或已被删除" };
  const to = context.judges.find((judge) => judge.id === swap.toJudgeId);
  if (!to) return { ok: false, error: "要换入的评委不存在" };
  const entryName = entry.name ?? entry.id;
  const judgeName = (id: string) => context.judges.find((judge) => judge.id === id)?.name ?? id;
  const onEntry = (judgeId: string) => assignments.some((a) => a.entryId === entry.id && a.judgeId === judgeId);
  if (!onEntry(swap.fromJudgeId)) {
    return { ok: false, error: `评委“${judgeName(swap.fromJudgeId)}”并未分配评审作品“${entryName}”` };
  }
  if (onEntry(to.id)) return { ok: false, error: `评委“${judgeName(to.id)}”已在作品“${entryName}”的评审名单中` };
  const reason = recusal(to, entry, conflictKeys(context.conflicts));
  if (reason === "department") {
    return { ok: false, error: `评委“${judgeName(to.id)}”与作品“${entryName}”的申报单位同属一个部门，须回避` };
  }
  if (reason === "declared") {
    return { ok: false, error: `评委“${judgeName(to.id)}”已申报与作品“${entryName}”存在利益冲突，须回避` };
  }
  return {
    ok: true,
    assignments: assignments.map((a) =>
      a.entryId === entry.id && a.judgeId === swap.fromJudgeId ? { entryId: a.entryId, judgeId: to.id } : a,
    ),
  };
}

type Recusal = "department" | "declared" | null;

function recusal(judge: AssignmentJudge, entry: AssignmentEntry, conflicts: ReadonlySet<string>): Recusal {
  if (entry.departmentIds.includes(judge.departmentId)) return "department";
  if (conflicts.has(pairKey(entry.id, judge.id))) return "declared";
  return null;
}

/** One line per entry with fewer than k eligible judges, each track's lines under a summary when several fail. */
function shortages(
  entries: readonly AssignmentEntry[],
  judges: readonly AssignmentJudge[],
  conflicts: ReadonlySet<string>,
  eligible: readonly number[][],
  k: number,
): string[] {
  const byTrack = new Map<string, string[]>();
  entries.forEach((entry, index) => {
    const count = eligible[index]!.length;
    if (count >= k) return;
    const reasons = judges.map((judge) => recusal(judge, entry, conflicts));
    const department = reasons.filter((reason) => reason === "department").length;
    const declared = reasons.filter((reason) => reason === "declared").length;
    const why = [department > 0 && `${department} 位与申报单位同属一个部门`, declared > 0 && `${declared} 位申报了利益冲突`]
      .filter(Boolean)
      .join("，");
    const name = entry.name ?? entry.id;
    const line =
      count === 0
        ? `作品“${name}”没有无利益冲突的评委，每件作品需要 ${k} 位（需回避：${why}）`
        : `作品“${name}”只有 ${count} 位无利益冲突的评委，少于每件作品所需的 ${k} 位（需回避：${why}）`;
    byTrack.set(entry.track, [...(byTrack.get(entry.track) ?? []), line]);
  });
  return [...byTrack]
    .sort(([a], [b]) => compareStrings(a, b))
    .flatMap(([track, lines]) =>
      lines.length > 1
        ? [`赛道“${track}”：无利益冲突的评委不足，${lines.length} 件作品的可选评委少于 ${k} 位`, ...lines]
        : lines,
    );
}

type Pair = [entry: number, judge: number];

/**
 * The assignment whose loads lie in the narrowest window [lo, hi]. Every entry has at least k eligible
 * judges here, so [0, E] is always feasible. The even window [⌊kE/J⌋, ⌈kE/J⌉] is tried first; when
 * conflicts rule it out, every lo is swept with the smallest hi that works for it. That hi never falls as
 * lo rises, so the hi pointer only moves up and the sweep takes O(E) flow computations.
 */
function balancedPlan(eligible: readonly number[][], open: readonly number[], k: number): Pair[] {
  const entryCount = eligible.length;
  const judgeCount = open.length;
  const slots = k * entryCount;
  const floor = Math.floor(slots / judgeCount);
  const ceil = Math.ceil(slots / judgeCount);
  const uniform = (lo: number) => Array.from({ length: judgeCount }, () => lo);
  const even = loadWindowFlow(eligible, k, uniform(floor), ceil);
  if (even) return even;

  let best: { lo: number; hi: number; pairs: Pair[] } | null = null;
  let hi = ceil;
  for (let lo = 0; lo <= floor; lo += 1) {
    let pairs = loadWindowFlow(eligible, k, uniform(lo), hi);
    if (!pairs) {
      // One check with no upper limit first: when even that fails, no larger lo can work either.
      if (!loadWindowFlow(eligible, k, uniform(lo), entryCount)) break;
      while (!pairs) {
        hi += 1;
        pairs = loadWindowFlow(eligible, k, uniform(lo), hi);
      }
    }
    if (!best || hi - lo < best.hi - best.lo) best = { lo, hi, pairs };
  }

  // The window only pins the extremes. Within it, lift every judge towards the average as far as their
  // eligible entries allow, so that one judge who must recuse from nearly everything does not leave the
  // others unevenly loaded. Every judge already reached lo, so min(level, open) never drops below it, and a
  // higher level only tightens the bounds: bisect for the highest level that works.
  const window = best!; // lo = 0 with hi = E always works, so the sweep found one.
  let pairs = window.pairs;
  let reached = window.lo;
  let ceiling = window.hi;
  while (reached < ceiling) {
    const level = Math.ceil((reached + ceiling) / 2);
    const lifted = loadWindowFlow(eligible, k, open.map((count) => Math.min(level, count)), window.hi);
    if (lifted) [reached, pairs] = [level, lifted];
    else ceiling = level - 1;
  }
  return pairs;
}

/**
 * An assignment with judge j's load in [lows[j], hi], or null. Max flow with lower bounds on the judges:
 *   source → entry (k) → eligible judge (1) → sink (lows[j]), and judge → overflow (hi − lows[j]) → sink
 *   (kE − Σ lows).
 * The flow fills all kE slots only if every judge can send its minimum straight to the sink and the rest
 * fits under hi: exactly the feasible assignments.
 */
function loadWindowFlow(eligible: readonly number[][], k: number, lows: readonly number[], hi: number): Pair[] | null {
  const slots = k * eligible.length;
  const lowTotal = lows.reduce((total, low) => total + low, 0);
  if (lowTotal > slots) return null;
  const source = 0;
  const sink = 1;
  const overflow = 2;
  const entryNode = (entry: number) => 3 + entry;
  const judgeNode = (judge: number) => 3 + eligible.length + judge;
  const network = new FlowNetwork(3 + eligible.length + lows.length);
  const pairEdges: { edge: number; pair: Pair }[] = [];
  eligible.forEach((judges, entry) => {
    network.addEdge(source, entryNode(entry), k);
    for (const judge of judges) {
      pairEdges.push({ edge: network.addEdge(entryNode(entry), judgeNode(judge), 1), pair: [entry, judge] });
    }
  });
  lows.forEach((low, judge) => {
    // The direct edge comes first, so a judge's minimum is filled before any overflow.
    if (low > 0) network.addEdge(judgeNode(judge), sink, low);
    if (hi > low) network.addEdge(judgeNode(judge), overflow, hi - low);
  });
  if (slots > lowTotal) network.addEdge(overflow, sink, slots - lowTotal);
  if (network.maxFlow(source, sink) < slots) return null;
  return pairEdges.filter(({ edge }) => network.flowOn(edge) > 0).map(({ pair }) => pair);
}

/** Dinic's max flow on integer capacities; edges are visited in the order they were added. */
class FlowNetwork {
  private readonly edgesFrom: number[][];
  private readonly head: number[] = [];
  private readonly capacity: number[] = [];

  constructor(nodeCount: number) {
    this.edgesFrom = Array.from({ length: nodeCount }, () => []);
  }

  /** Adds an edge and its residual twin (the next id); returns the edge's id. */
  addEdge(from: number, to: number, capacity: number): number {
    const id = this.head.length;
    this.head.push(to, from);
    this.capacity.push(capacity, 0);
    this.edgesFrom[from]!.push(id);
    this.edgesFrom[to]!.push(id + 1);
    return id;
  }

  flowOn(edge: number): number {
    return this.capacity[edge ^ 1]!;
  }

  maxFlow(source: number, sink: number): number {
    let flow = 0;
    for (;;) {
      const level = this.levels(source);
      if (level[sink] === -1) return flow;
      const cursor = this.edgesFrom.map(() => 0);
      for (let pushed = this.augment(source, sink, Infinity, level, cursor); pushed > 0; ) {
        flow += pushed;
        pushed = this.augment(source, sink, Infinity, level, cursor);
      }
    }
  }

  private levels(source: number): number[] {
    const level = this.edgesFrom.map(() => -1);
    level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i += 1) {
      const node = queue[i]!;
      for (const edge of this.edgesFrom[node]!) {
        const next = this.head[edge]!;
        if (this.capacity[edge]! > 0 && level[next] === -1) {
          level[next] = level[node]! + 1;
          queue.push(next);
        }
      }
    }
    return level;
  }

  /** One augmenting path in the level graph; `cursor` skips edges already found useless in this phase. */
  private augment(node: number, sink: number, limit: number, level: number[], cursor: number[]): number {
    if (node === sink) return limit;
    const edges = this.edgesFrom[node]!;
    for (; cursor[node]! < edges.length; cursor[node] = cursor[node]! + 1) {
      const edge = edges[cursor[node]!]!;
      const next = this.head[edge]!;
      const room = this.capacity[edge]!;
      if (room === 0 || level[next] !== level[node]! + 1) continue;
      const pushed = this.augment(next, sink, Math.min(limit, room), level, cursor);
      if (pushed > 0) {
        this.capacity[edge] = room - pushed;
        this.capacity[edge ^ 1] = this.capacity[edge ^ 1]! + pushed;
        return pushed;
      }
    }
    return 0;
  }
}

function conflictKeys(conflicts: readonly Conflict[]): Set<string> {
  return new Set(conflicts.map((conflict) => pairKey(conflict.entryId, conflict.judgeId)));
}

function pairKey(entryId: string, judgeId: string): string {
  return JSON.stringify([entryId, judgeId]);
}

/** 32-bit FNV-1a of the pair: stable across runs and machines. */
function pairHash(entryId: string, judgeId: string): number {
  const text = pairKey(entryId, judgeId);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

// Code-unit order, not localeCompare: the same on every machine and locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
