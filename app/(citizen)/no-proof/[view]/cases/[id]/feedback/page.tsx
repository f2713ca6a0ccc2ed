import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getAuthSecret } from "@/server/auth/secret";
import { DomainError } from "@/server/errors";
import { createChallenge } from "@/server/challenge/challenge";
import { getCase } from "@/server/no-proof/queries";
import { BackLink } from "../../../../_components/parts";
import { FeedbackForm } from "./feedback-form";

// A fresh bot-check question for every visit: this page is never cached.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "反映仍被要求提供证明", robots: { index: false } };

export default async function FeedbackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { content, departmentName, feedback } = await getCase(await getDb(), null, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { question, token } = createChallenge(getAuthSecret(), "feedback");
  return (
    <div className="space-y-4">
      <BackLink href={`/no-proof/cases/${id}`}>返回「{content.name}」</BackLink>
      <h1 className="text-2xl font-semibold">这里仍要求我提供证明</h1>
      <p className="text-slate-800">
        按规定，「{content.name}」已不再要求这些证明。如果您办理时仍被索要，请告诉我们，{departmentName}会核实处理并答复。无需登录。
      </p>
      <p className="text-sm text-slate-700">
        这个事项已收到 {feedback.total} 条反映，已答复或办结 {feedback.replied + feedback.closed} 条。
      </p>
      <FeedbackForm caseId={id} question={question} token={token} />
    </div>
  );
}
