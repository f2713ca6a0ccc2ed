// Types of page-cache-handler.mjs, which Next loads as plain JavaScript.
type Entry = { value: unknown; tags: readonly string[]; lastModified: number };

export interface StoreHandler {
  name: string;
  get(key: string, meta: { implicitTags: string[] }): Promise<Entry | null>;
  set(key: string, value: Entry): Promise<void>;
  revalidateTag(tag: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export function allowingForRenders(handler: StoreHandler, marginMs?: number): StoreHandler;

export function withoutScripts(handler: StoreHandler): StoreHandler;

export function sharedHandler(url: string, buildId: string): Promise<StoreHandler>;

/** The class Next instantiates (next.config.js cacheHandler). */
export default class PageCacheHandler {
  constructor(context: { serverDistDir: string; dev: boolean });
  get(key: string, ctx: { softTags: string[] }): Promise<{ value: unknown } | null>;
  set(key: string, value: unknown, ctx: { tags: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}
