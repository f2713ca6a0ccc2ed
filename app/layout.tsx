import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "城市云脑 · 场景开放平台", template: "%s · 城市云脑 · 场景开放平台" },
  description: "青岛城市云脑资源目录、多跨场景复用、创新大赛与“无证明城市”公开服务平台",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      {/* No session, header or cookies here: the citizen pages under (citizen) are cached and must stay static. */}
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
