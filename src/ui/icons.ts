/**
 * Small line icons drawn for Cooldown (24×24, stroke in the current text
 * colour). Always decorative: the text beside an icon carries its meaning.
 */
const PATHS = {
  phone: 'M6.5 3.5h3l1.5 4-2 1.5a11 11 0 0 0 6 6l1.5-2 4 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2z',
  chat: 'M4 5h16v10H9l-4 4v-4H4z M8 9.5h8 M8 12h5',
  counter: 'M3 11h18 M4 11v9h16v-9 M8 11V7a4 4 0 0 1 8 0v4 M9 15h6',
  back: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  pause: 'M8 5v14 M16 5v14',
  play: 'M7 4.5l12 7.5-12 7.5z',
  settings:
    'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z M12 2.5v3 M12 18.5v3 M2.5 12h3 M18.5 12h3 M5.2 5.2l2.1 2.1 M16.7 16.7l2.1 2.1 M5.2 18.8l2.1-2.1 M16.7 7.3l2.1-2.1',
  chart: 'M4 4v16h16 M7 15l4-5 3 3 5-6',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21a8 8 0 0 1 16 0',
  library: 'M4 5h6v14H4z M14 5h6v14h-6z',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  cross: 'M6 6l12 12 M18 6L6 18',
  restart: 'M5 12a7 7 0 1 0 2-5 M5 4v4h4',
  download: 'M12 4v11 M7 10.5l5 5 5-5 M5 20h14',
  home: 'M4 11l8-7 8 7 M6 9.5V20h12V9.5',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M12 7v5l3 2',
  ear: 'M8 9a4 4 0 1 1 7.5 2c-1 1.5-2.5 2-2.5 4a2.5 2.5 0 0 1-5 0',
  sound: 'M4 9h4l5-4v14l-5-4H4z M16.5 8.5a5 5 0 0 1 0 7',
  room: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M2 20a6 6 0 0 1 12 0 M10 20a6 6 0 0 1 12 0',
  leaf: 'M5 19c0-8 5-13 14-14-1 9-6 14-14 14z M5 19l7-7',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, size = 20): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${name}`);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', name === 'play' ? 'currentColor' : 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}

export const CHANNEL_ICON = { phone: 'phone', chat: 'chat', 'in-person': 'counter' } as const satisfies Record<
  string,
  IconName
>;
