import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "城市云脑 · 场景开放平台", template: "%s · 城市云脑 · 场景开放平台" },
  description: "青岛城市云脑资源目录、多跨场景复用、创新大赛与“无证明城市”公开服务平台",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-600">
          <p>青岛市城市云脑 · 场景开放平台 · 依据《数字青岛2023年行动方案》建设</p>
        </footer>
      </body>
    </html>
  );
}
