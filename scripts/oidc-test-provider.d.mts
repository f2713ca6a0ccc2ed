import type { JWK } from "jose";

export const TEST_PASSWORD: string;

export interface TestProvider {
  issuer: string;
  signingKey: JWK & { kid: string };
  disable(sub: string): void;
  close(): Promise<void>;
}

export function startTestProvider(options: {
  port?: number;
  clients: { clientId: string; clientSecret: string; redirectUris: string[]; postLogoutRedirectUris?: string[] }[];
}): Promise<TestProvider>;
