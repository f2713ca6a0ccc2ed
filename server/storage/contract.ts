import { expect, it } from "vitest";
import type { FileStorage } from "./storage";

/** What every FileStorage promises, run against each implementation by its own test file. */
export function fileStorageContract(open: () => FileStorage): void {
  const key = "competition/0b6f2c1e-8a4d-4a57-9c7e-2f1d3b4a5c6d/3f9e1a2b.pdf";
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("gives back what was put, byte for byte, as a plain Uint8Array", async () => {
    const storage = open();
    const body = new Uint8Array(256).map((_, i) => i);
    await storage.put(key, body);
    const read = await storage.get(key);
    expect(read?.constructor).toBe(Uint8Array);
    expect(read).toEqual(body);
  });

  it("replaces a file put again under the same key", async () => {
    const storage = open();
    await storage.put(key, bytes("%PDF-1.7 first"));
    await storage.put(key, bytes("%PDF-1.7 second"));
    expect(new TextDecoder().decode((await storage.get(key))!)).toBe("%PDF-1.7 second");
  });

  it("answers null for a key with nothing stored, also after a delete, and deletes twice without complaint", async () => {
    const storage = open();
    expect(await storage.get("competition/nothing-here.pdf")).toBeNull();
    await storage.put(key, bytes("%PDF-1.7"));
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
  });

  it("refuses keys the app does not make", async () => {
    const storage = open();
    for (const bad of ["../secret", "/etc/passwd", "a/../../b", "Upper/Case.pdf", ""]) {
      await expect(storage.put(bad, new Uint8Array(1))).rejects.toThrow("invalid storage key");
      await expect(storage.get(bad)).rejects.toThrow("invalid storage key");
      await expect(storage.delete(bad)).rejects.toThrow("invalid storage key");
    }
  });
}
