"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>系统暂时无法访问</h1>
        <p>请稍后刷新重试。{error.digest ? `错误编号：${error.digest}` : ""}</p>
      </body>
    </html>
  );
}
