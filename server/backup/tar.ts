/**
 * The few parts of the POSIX tar format (ustar) a backup needs: regular files, written and read
 * back here, and readable by `tar -tzf` anywhere. Directories, links and long-name extensions
 * written by other tools are skipped when reading.
 */
const BLOCK = 512;

export interface TarEntry {
  name: string;
  body: Uint8Array;
}

function field(header: Buffer, offset: number, length: number, text: string) {
  header.write(text, offset, length, "utf8");
}

const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, "0");

/** ustar keeps names up to 100 bytes, plus a 155-byte prefix split at a slash. */
function splitName(name: string): [prefix: string, name: string] {
  if (Buffer.byteLength(name) <= 100) return ["", name];
  for (let at = name.indexOf("/"); at >= 0; at = name.indexOf("/", at + 1)) {
    const [prefix, rest] = [name.slice(0, at), name.slice(at + 1)];
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return [prefix, rest];
  }
  throw new Error(`tar: name too long: ${name}`);
}

/** One file as tar blocks: its header, its bytes, and zeros up to the next block. */
export function tarEntry({ name, body }: TarEntry, mtime = new Date()): Buffer[] {
  const header = Buffer.alloc(BLOCK);
  const [prefix, short] = splitName(name);
  field(header, 0, 100, short);
  field(header, 100, 8, octal(0o600, 8));
  field(header, 108, 8, octal(0, 8));
  field(header, 116, 8, octal(0, 8));
  field(header, 124, 12, octal(body.byteLength, 12));
  field(header, 136, 12, octal(Math.floor(mtime.getTime() / 1000), 12));
  field(header, 148, 8, " ".repeat(8));
  field(header, 156, 1, "0");
  field(header, 257, 8, "ustar\u000000");
  field(header, 345, 155, prefix);
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 8, `${octal(sum, 7)}\u0000`);
  const padding = (BLOCK - (body.byteLength % BLOCK)) % BLOCK;
  return [header, Buffer.from(body.buffer, body.byteOffset, body.byteLength), Buffer.alloc(padding)];
}

/** Two zero blocks close an archive. */
export const TAR_END = Buffer.alloc(2 * BLOCK);

const text = (block: Buffer, offset: number, length: number) => {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString("utf8");
};

/** The regular files of a tar archive, in order. */
export function* readTar(archive: Buffer<ArrayBuffer>): Generator<{ name: string; body: Buffer<ArrayBuffer> }> {
  for (let at = 0; at + BLOCK <= archive.length; ) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return;
    const size = parseInt(text(header, 124, 12).trim() || "0", 8);
    if (!Number.isSafeInteger(size) || at + BLOCK + size > archive.length) throw new Error("tar: truncated or damaged archive");
    const type = text(header, 156, 1);
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    if (type === "0" || type === "") yield { name: prefix ? `${prefix}/${name}` : name, body: archive.subarray(at + BLOCK, at + BLOCK + size) };
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new Error("tar: truncated or damaged archive");
}
