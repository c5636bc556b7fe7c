import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  provenanceComment,
  provenanceEntries,
  withJpegComment,
  withPngText,
} from '../../../src/app/export/image-metadata';

const provenance = {
  title: 'قمة تاريخية بين ترامب وبوتين',
  source: 'مثال https://example.com/news/summit',
  created: new Date(Date.UTC(2026, 10, 29, 12, 0, 0)),
  software: 'Isnad',
};

/** An independent chunk walker: [type, keyword, text] of every text chunk, CRCs checked. */
function textChunks(png: Uint8Array): Array<[string, string, string]> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Array<[string, string, string]> = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    const nul = data.indexOf(0);
    const keyword = String.fromCharCode(...data.subarray(0, nul));
    if (type === 'tEXt')
      found.push([type, keyword, String.fromCharCode(...data.subarray(nul + 1))]);
    if (type === 'iTXt')
      found.push([type, keyword, new TextDecoder().decode(data.subarray(nul + 5))]);
    at += 12 + length;
  }
  return found;
}

function smallPng(): Uint8Array {
  const png = new PNG({ width: 2, height: 1 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG text chunks carry the provenance', () => {
  const marked = withPngText(smallPng(), provenanceEntries(provenance));

  it.each([
    ['iTXt', 'Title', provenance.title],
    ['iTXt', 'Source', provenance.source],
    ['tEXt', 'Creation Time', 'Sun, 29 Nov 2026 12:00:00 GMT'],
    ['tEXt', 'Software', 'Isnad'],
  ])('a %s chunk %s (Arabic in UTF-8 iTXt, Latin-1 in tEXt)', (type, keyword, text) => {
    expect(textChunks(marked)).toContainEqual([type, keyword, text]);
  });

  it('the image still decodes, pixels unchanged (pngjs checks every CRC)', () => {
    const decoded = PNG.sync.read(Buffer.from(marked));
    expect([decoded.width, decoded.height, decoded.data[0]]).toEqual([2, 1, 200]);
  });

  it('refuses what is not a PNG', () => {
    expect(() => withPngText(Uint8Array.of(1, 2, 3), [])).toThrow(/not a PNG/);
  });
});

describe('a JPEG comment carries the provenance', () => {
  const raw = jpeg.encode({ width: 2, height: 2, data: Buffer.alloc(16, 128) }, 90).data;
  const marked = withJpegComment(new Uint8Array(raw), provenanceComment(provenance));

  it('as a COM segment after the JFIF header, in UTF-8', () => {
    const at = marked.findIndex((b, i) => b === 0xff && marked[i + 1] === 0xfe);
    expect(at).toBe(2 + 2 + ((marked[4]! << 8) | marked[5]!));
    const length = (marked[at + 2]! << 8) | marked[at + 3]!;
    const text = new TextDecoder().decode(marked.subarray(at + 4, at + 2 + length));
    expect(text).toBe(
      `Title: ${provenance.title}\nSource: ${provenance.source}\n` +
        'Creation Time: Sun, 29 Nov 2026 12:00:00 GMT\nSoftware: Isnad',
    );
  });

  it('the image still decodes', () => {
    const decoded = jpeg.decode(marked, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([2, 2]);
  });
});
