/**
 * Zips built by hand for the zip-bomb tests (issue #16): each entry's compressed bytes and the
 * size its headers declare are given separately, so a test can make a zip that tells the truth
 * about its sizes and one that lies. CRCs are 0: Lede, like fflate's `unzipSync`, does not
 * check them.
 */
export interface RawEntry {
  name: string;
  /** Compressed (method 8) or stored (method 0) bytes. */
  data: Uint8Array;
  method?: 0 | 8;
  /** The unpacked size the local header and the central directory declare. */
  declaredSize: number;
}

export function buildZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const method = entry.method ?? 8;
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x800, true); // UTF-8 name
    l.setUint16(8, method, true);
    l.setUint32(18, entry.data.length, true);
    l.setUint32(22, entry.declaredSize, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const c = new DataView(header.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x800, true);
    c.setUint16(10, method, true);
    c.setUint32(20, entry.data.length, true);
    c.setUint32(24, entry.declaredSize, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    header.set(name, 46);
    parts.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((n, h) => n + h.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  return concat([...parts, ...central, end]);
}

/**
 * `size` NUL bytes as a raw deflate stream, written bit by bit rather than compressed (so a
 * test makes a 540 MiB bomb in milliseconds and never holds the zeros): one fixed-Huffman
 * block of a literal 0, then matches of 258 bytes at distance 1 (13 bits each), the rest as
 * literals, then the end of the block. ~160 times smaller than what it unpacks to.
 */
export function deflatedZeros(size: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((Math.floor(size / 258) * 13 + 258 * 8 + 24) / 8));
  let bit = 0;
  const bits = (value: number, count: number): void => {
    // Header fields and extra bits go least significant bit first.
    for (let i = 0; i < count; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  const code = (value: number, count: number): void => {
    // Huffman codes go most significant bit first.
    for (let i = count - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  const literalZero = (): void => code(0x30, 8);
  bits(1, 1); // BFINAL
  bits(1, 2); // BTYPE 01: fixed Huffman codes
  let left = size;
  if (left > 0) {
    literalZero();
    left--;
  }
  for (; left >= 258; left -= 258) {
    code(0xc5, 8); // length 258: code 285
    code(0, 5); // distance 1: code 0
  }
  for (; left > 0; left--) literalZero();
  code(0, 7); // end of block: code 256
  return out.subarray(0, Math.ceil(bit / 8));
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const MiB = 1024 * 1024;
