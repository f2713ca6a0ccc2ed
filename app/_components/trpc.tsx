"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 }, mutations: { retry: false } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 10 /* the server refuses larger batches */ })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

export interface FormErrors {
  form?: string;
  fields: Record<string, string>;
}

/** Splits a failed mutation into the messages beside fields and the one above the form. */
export function formErrors(error: unknown): FormErrors {
  if (!error) return { fields: {} };
  if (error instanceof TRPCClientError) {
    const fields = ((error.data as { fieldErrors?: Record<string, string> | null } | undefined)?.fieldErrors ?? {}) as Record<string, string>;
    const hasFields = Object.keys(fields).length > 0;
    return { form: hasFields ? "请修改标出的字段后再提交" : error.message, fields };
  }
  return { form: "网络连接失败，请检查网络后重试；您的输入已保留", fields: {} };
}

/** Field errors of a `{ content: … }` input keyed as the form's fields: content.name → name. */
export function contentFieldErrors(error: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(formErrors(error).fields).map(([k, v]) => [k.replace(/^content\./, ""), v]));
}
