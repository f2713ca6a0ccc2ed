"use client";

import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

/**
 * A mutation whose success re-renders the page from the server. `busy` stays true until the
 * refreshed page is in place, not just until the save answered: until then the page still holds
 * the versions from before the save, and a second action sent with one of them would be refused
 * as someone else's edit. Buttons that send a version are disabled while `busy`.
 */
export function useSaving<TData, TError, TVariables, TContext>(options: UseMutationOptions<TData, TError, TVariables, TContext>) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const mutation = useMutation({
    ...options,
    onSuccess: async (...args) => {
      await options.onSuccess?.(...args);
      startTransition(() => router.refresh());
    },
  });
  return { ...mutation, busy: mutation.isPending || refreshing };
}
