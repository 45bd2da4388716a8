/** Hands a file made in the page to the browser's download. */
import { h } from './dom.ts';

export function download(file: { fileName: string; text: string; type?: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type ?? 'application/json' }));
  const a = h('a', { href: url, download: file.fileName });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
