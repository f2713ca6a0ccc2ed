import { z } from "zod";

export const PAGE_SIZE = 20;

export const pageInput = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function pageWindow(page: number, pageSize = PAGE_SIZE) {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

export function toPage<T>(rows: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
