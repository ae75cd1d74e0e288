import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ICONS = join(__dirname, '..', '..', 'public', 'icon');

describe('the icons WXT puts in the manifest (public/icon, drawn by scripts/make-icons.ts)', () => {
  it.each([16, 32, 48, 128])('%i.png is a square RGBA PNG of that size', (size) => {
    const png = readFileSync(join(ICONS, `${size}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    expect([png[24], png[25]]).toEqual([8, 6]); // 8 bits per channel, RGBA
  });
});
