import { ONE_THING_AUDIENCE_LABELS, SCENARIO_KIND_LABELS } from "@/server/scenarios/schemas";

/** 「一件事 · 机关内部」: a scenario's kind as people say it. */
export function scenarioKindLabel(kind: keyof typeof SCENARIO_KIND_LABELS, audience: string): string {
  const kindLabel = SCENARIO_KIND_LABELS[kind];
  return kind === "one_thing" && audience in ONE_THING_AUDIENCE_LABELS
    ? `${kindLabel} · ${ONE_THING_AUDIENCE_LABELS[audience as keyof typeof ONE_THING_AUDIENCE_LABELS]}`
    : kindLabel;
}
