"use client";

import { useActionState } from "react";
import { sendFeedback, type FeedbackState } from "./actions";

const INITIAL: FeedbackState = { status: "idle", message: "", fields: {}, values: { text: "", contact: "" } };

const inputClass = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

/**
 * The report form. A server action behind useActionState: without JavaScript the browser posts
 * it and the answer renders the same way.
 */
export function FeedbackForm({ caseId, question, token }: { caseId: string; question: string; token: string }) {
  const [state, action, pending] = useActionState(sendFeedback, INITIAL);
  if (state.status === "sent")
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        {state.message}
      </p>
    );
  const error = (field: string) => state.fields[field];
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.status === "error" && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      )}
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="challengeToken" value={token} />
      <div className="space-y-1">
        <label htmlFor="text" className="block font-medium">
          在哪里、被要求提供了什么证明？<span className="text-red-700">（必填）</span>
        </label>
        <textarea
          id="text"
          name="text"
          rows={4}
          maxLength={500}
          defaultValue={state.values.text}
          aria-invalid={error("text") ? true : undefined}
          aria-describedby="text-help"
          className={inputClass}
        />
        <p id="text-help" className="text-sm text-slate-700">
          {error("text") ?? "如：某某政务服务中心窗口要求提供户籍证明。10 到 500 字，请不要填写身份证号等个人信息。"}
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="contact" className="block font-medium">
          联系方式（选填，便于部门回复您）
        </label>
        <input id="contact" name="contact" maxLength={50} defaultValue={state.values.contact} className={inputClass} aria-describedby="contact-help" />
        <p id="contact-help" className="text-sm text-slate-700">
          只有负责部门能看到。
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="challengeAnswer" className="block font-medium">
          验证题：{question}
        </label>
        <input
          id="challengeAnswer"
          name="challengeAnswer"
          inputMode="numeric"
          autoComplete="off"
          maxLength={10}
          aria-invalid={error("challengeAnswer") ? true : undefined}
          aria-describedby="challenge-help"
          className={`${inputClass} max-w-40`}
        />
        <p id="challenge-help" className="text-sm text-slate-700">
          {error("challengeAnswer") ?? "填写数字即可，如 8 或 八。"}
        </p>
      </div>
      {/* Left empty by people, hidden from them and from screen readers; bots fill it. */}
      <div className="hidden" aria-hidden="true">
        <label htmlFor="website">网站</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-600 px-5 font-medium text-white hover:bg-brand-700 disabled:bg-slate-500">
        {pending ? "正在提交…" : "提交反映"}
      </button>
    </form>
  );
}
