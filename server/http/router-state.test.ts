import { describe, expect, it } from "vitest";
import { malformedRouterState } from "./router-state";

/** The header as the client router sends it, coming from /console/requests. */
const FROM_REQUESTS = encodeURIComponent(JSON.stringify(["", { children: ["(console)", { children: ["console", { children: ["requests", { children: ["__PAGE__", {}] }] }] }] }]));

describe("the client router's state header, checked before Next", () => {
  it("lets a request without it, or with one the client router writes, through", () => {
    expect(malformedRouterState({})).toBeNull();
    expect(malformedRouterState({ "next-router-state-tree": FROM_REQUESTS })).toBeNull();
    expect(malformedRouterState({ "next-router-state-tree": encodeURIComponent(JSON.stringify(["", {}, null, "refetch"])) })).toBeNull();
  });

  it("refuses one Next cannot parse with 400 and a plain Chinese answer, never letting it reach Next", () => {
    for (const value of ["x", "%E0%A4%A", "[1,2]", encodeURIComponent('["",{"children":7}]'), `${FROM_REQUESTS}, ${FROM_REQUESTS}`, "[".repeat(50_000)]) {
      const refusal = malformedRouterState({ "next-router-state-tree": value, "x-request-id": "req-1234567890" });
      expect(refusal?.status, value.slice(0, 40)).toBe(400);
      expect(refusal?.body).toContain("无效");
      expect(refusal?.headers["content-type"]).toBe("text/plain; charset=utf-8");
      expect(refusal?.headers["x-frame-options"]).toBe("DENY");
    }
  });
});
