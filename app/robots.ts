import type { MetadataRoute } from "next";
import { publicOrigin } from "@/server/public-url";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [{ userAgent: "*", allow: ["/", "/no-proof"], disallow: ["/console", "/api/", "/login"] }],
    sitemap: `${await publicOrigin()}/sitemap.xml`,
  };
}
