/**
 * Builds DOM nodes. Text is always set with textContent, never innerHTML, so
 * scenario and imported text can never inject markup.
 *
 * Styles are set through the CSSOM (`el.style.setProperty`), never as a
 * `style` attribute: the page's Content-Security-Policy has no
 * 'unsafe-inline', so the browser drops style attributes (docs/deployment.md).
 */
/** CSS properties by their CSS names (`width`, `--fill`), set one by one through the CSSOM. */
export type InlineStyle = Readonly<Record<string, string>>;
type Attrs = Record<string, string | number | boolean | undefined | InlineStyle | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'style') setStyle(el, v);
    else if (typeof v === 'object') throw new TypeError(`h(): only style takes an object, not ${k}`);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

function setStyle(el: HTMLElement, style: InlineStyle | string | number | true): void {
  if (typeof style !== 'object')
    throw new TypeError('h(): give style as an object of properties; a style attribute is blocked by the page policy');
  for (const [property, value] of Object.entries(style)) el.style.setProperty(property, value);
}
