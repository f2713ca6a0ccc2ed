export function machineSpeed(): { loopMs: number; callUs: number };
export function describeMachineSpeed(): string;
