export function processCount(value: string | undefined): number;
export function refusalOf(env: Record<string, string | undefined>): string | null;
