/** Bytes of an import file to text: UTF-8 as the services write it, with what people's tools do
 * to files on the way (a BOM, UTF-16 from a spreadsheet, Windows-1252 from an old Excel). */

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // Not UTF-8: a file re-saved by a spreadsheet on Windows. Windows-1252 maps every byte, so
    // the text survives (accents may be off) instead of the whole import being refused.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
