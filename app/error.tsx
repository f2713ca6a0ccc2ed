"use client";

import { Button } from "./_components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-lg flex-1 space-y-4 px-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">页面出错了</h1>
      <p className="text-slate-600">系统暂时无法完成您的请求，请稍后重试。如问题持续，请将下方编号告知管理员。</p>
      {error.digest && <p className="font-mono text-sm text-slate-500">错误编号：{error.digest}</p>}
      <Button onClick={reset}>重试</Button>
      <p>
        <a href="/" className="text-brand-700 underline">
          返回首页
        </a>
      </p>
    </main>
  );
}
