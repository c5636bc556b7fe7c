/**
 * The one XML writer of GEXF, GraphML and SVG: documents are built as trees of plain objects and
 * serialized here, so every name and value is escaped and every character XML 1.0 forbids
 * (control codes, lone surrogates, U+FFFE/U+FFFF) is dropped — in titles and descriptions too. A
 * file can then never be unreadable because an article held a stray U+000B.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string | number | undefined>;
  children: XmlChild[];
}
export type XmlChild = XmlElement | string;

/** `el('node', { id: 'n1' }, el('data', { key: 'k' }, 'text'))`; undefined attributes are left out. */
export function el(
  name: string,
  attributes: XmlElement['attributes'] = {},
  ...children: ReadonlyArray<XmlChild | false | null | undefined>
): XmlElement {
  return {
    name,
    attributes,
    children: children.filter((c): c is XmlChild => c !== false && c != null),
  };
}

// Letters of any script, digits, and the punctuation XML names allow; `:` only between a prefix
// and a local name. Names are ours (element and attribute names), so a bad one is a bug.
const XML_NAME = /^[\p{L}_][\p{L}\p{M}\p{Nd}._-]*(:[\p{L}_][\p{L}\p{M}\p{Nd}._-]*)?$/u;

function checkedName(name: string): string {
  if (!XML_NAME.test(name)) throw new Error(`xml: "${name}" is not an XML name`);
  return name;
}

/** The document as text, with the XML declaration and two-space indentation. */
export function serializeXml(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', lines);
  return lines.join('\n') + '\n';
}

function write(node: XmlElement, indent: string, lines: string[]): void {
  const attributes = Object.entries(node.attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${checkedName(key)}="${escapeXml(formatValue(value!))}"`)
    .join('');
  const open = `${indent}<${checkedName(node.name)}${attributes}`;
  if (node.children.length === 0) {
    lines.push(`${open}/>`);
    return;
  }
  // Text content stays on the element's line: indentation inside it would change the value.
  if (node.children.every((child) => typeof child === 'string')) {
    lines.push(
      `${open}>${node.children.map((t) => escapeXml(t as string)).join('')}</${node.name}>`,
    );
    return;
  }
  lines.push(`${open}>`);
  for (const child of node.children)
    if (typeof child === 'string') lines.push(`${indent}  ${escapeXml(child)}`);
    else write(child, `${indent}  `, lines);
  lines.push(`${indent}</${node.name}>`);
}

/** Numbers without exponent noise or `-0`; finite only (XML numeric types have no NaN). */
function formatValue(value: string | number): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '0';
  return String(Object.is(value, -0) ? 0 : Math.round(value * 1000) / 1000);
}

/** Text safe inside an XML element or a double-quoted attribute (line breaks kept as `&#10;`). */
export function escapeXml(text: string): string {
  return dropForbiddenChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/**
 * XML 1.0 allows tab, newlines, U+0020–U+D7FF, U+E000–U+FFFD and the planes above; anything
 * else (control codes, U+FFFE/U+FFFF, a surrogate without its pair) would make the file unreadable.
 */
export function dropForbiddenChars(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}
