/**
 * Provenance inside the image file, where viewers and `exiftool` show it: PNG text chunks
 * (`Title`, `Source`, `Creation Time`, `Software`: tEXt when Latin-1, iTXt in UTF-8 otherwise, as
 * Arabic titles need) right after the header, and a JPEG comment (COM segment, UTF-8) after the
 * JFIF header. Pure byte work, so it runs in the browser and in the tests alike.
 */

export interface ImageProvenance {
  title: string;
  source: string;
  created: Date;
  software: string;
}

const encoder = new TextEncoder();

/** Keyword → text, in the order PNG readers list them. */
export function provenanceEntries(p: ImageProvenance): Array<[string, string]> {
  return [
    ['Title', p.title],
    ['Source', p.source],
    ['Creation Time', p.created.toUTCString()],
    ['Software', p.software],
  ].filter(([, text]) => text !== '') as Array<[string, string]>;
}

export function withPngText(png: Uint8Array, entries: ReadonlyArray<[string, string]>): Uint8Array {
  // The signature (8 bytes), then IHDR: length 13 + type, data and CRC = 25 bytes.
  const afterHeader = 8 + 25;
  if (png.length < afterHeader || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR')
    throw new Error('export: not a PNG image');
  const chunks = entries.map(([keyword, text]) => textChunk(keyword, text));
  return concat([png.subarray(0, afterHeader), ...chunks, png.subarray(afterHeader)]);
}

function textChunk(keyword: string, text: string): Uint8Array {
  const latin1 = /^[\u0000-\u00FF]*$/.test(text); // eslint-disable-line no-control-regex
  const key = latin1Bytes(keyword);
  const data = latin1
    ? concat([key, Uint8Array.of(0), latin1Bytes(text)])
    : // iTXt: keyword, NUL, compression flag 0, method 0, empty language tag and translation.
      concat([key, Uint8Array.of(0, 0, 0, 0, 0), encoder.encode(text)]);
  return chunk(latin1 ? 'tEXt' : 'iTXt', data);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([latin1Bytes(type), data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

const MAX_COMMENT = 65533; // a segment's length field counts itself (2 bytes) and is 16-bit

export function withJpegComment(jpeg: Uint8Array, comment: string): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('export: not a JPEG image');
  let at = 2;
  // After the APP0 (JFIF) segment when there is one: readers expect it first.
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) at = 4 + ((jpeg[4]! << 8) | jpeg[5]!);
  const text = encoder.encode(comment).subarray(0, MAX_COMMENT);
  const length = text.length + 2;
  const segment = concat([Uint8Array.of(0xff, 0xfe, length >> 8, length & 0xff), text]);
  return concat([jpeg.subarray(0, at), segment, jpeg.subarray(at)]);
}

/** One line per entry, as a JPEG comment: `Title: …`. */
export function provenanceComment(p: ImageProvenance): string {
  return provenanceEntries(p)
    .map(([key, text]) => `${key}: ${text}`)
    .join('\n');
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

let table: Uint32Array | undefined;

/** CRC-32 as PNG computes it over a chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
