"use client";

import { useMutation } from "@tanstack/react-query";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";
import { formatShanghaiSeconds } from "@/server/time";

/** 「完整性校验」: recomputes every row's hash on the server and says whether the chain holds. */
export function IntegrityCheck() {
  const trpc = useTRPC();
  const check = useMutation(trpc.audit.verify.mutationOptions());
  const result = check.data;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        每条记录都带有由其内容和上一条记录的哈希算出的 SHA-256 哈希，数据库拒绝修改和删除记录。校验会按序号重新计算全部记录，找出第一条对不上的记录。
      </p>
      <Button type="button" variant="secondary" onClick={() => check.mutate()} disabled={check.isPending}>
        {check.isPending ? "正在校验…" : "开始校验"}
      </Button>
      {check.error && <Notice tone="error">{formErrors(check.error).form}</Notice>}
      {result &&
        (result.firstBroken ? (
          <Notice tone="error">
            已校验 {result.rows.toLocaleString("zh-CN")} 条记录。第 {result.firstBroken.seq} 条记录（{formatShanghaiSeconds(result.firstBroken.at)}，编号{" "}
            {result.firstBroken.id}）校验不通过：它或它之前的一条记录在写入后被改动或删除。
          </Notice>
        ) : (
          <Notice tone="success">
            已校验 {result.rows.toLocaleString("zh-CN")} 条记录，未发现篡改。
            {result.head && (
              <span className="mt-1 block break-all text-xs">
                最新一条：序号 {result.head.seq}，哈希 {result.head.hash}。记下它，日后可据此发现末尾记录被截去。
              </span>
            )}
          </Notice>
        ))}
    </div>
  );
}
