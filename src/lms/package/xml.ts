/** Just enough XML writing for manifests: every text and attribute escaped, elements indented. */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`);
}

export type Attributes = Record<string, string | number | boolean | undefined>;
/** An element: its children are elements or text; a string child is text and is escaped. */
export interface XmlElement {
  name: string;
  attributes: Attributes;
  children: (XmlElement | string)[];
}

export function el(name: string, attributes: Attributes = {}, ...children: (XmlElement | string)[]): XmlElement {
  return { name, attributes, children };
}

function render(e: XmlElement, indent: string): string {
  const attrs = Object.entries(e.attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (e.children.length === 0) return `${indent}<${e.name}${attrs}/>`;
  if (e.children.every((c) => typeof c === 'string'))
    return `${indent}<${e.name}${attrs}>${e.children.map((c) => escapeXml(c as string)).join('')}</${e.name}>`;
  const inner = e.children
    .map((c) => (typeof c === 'string' ? `${indent}  ${escapeXml(c)}` : render(c, `${indent}  `)))
    .join('\n');
  return `${indent}<${e.name}${attrs}>\n${inner}\n${indent}</${e.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, '')}\n`;
}
