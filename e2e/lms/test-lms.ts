/**
 * A small LMS for the end-to-end tests, on a real HTTP server on localhost:
 * it unpacks a package built by `npm run package`, reads its manifest as an
 * LMS's import would (each item's launch page and parameters), and launches a
 * unit in an iframe of a host page that provides the SCORM API from
 * scorm-again, a maintained implementation of the LMS side. After every commit
 * the host page sends the data model to the server, which keeps it per
 * learner; the next launch (another browser, another computer) starts from it,
 * with `entry` resume after a suspend, as an LMS does.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';

export type Standard = 'scorm12' | 'scorm2004';
type Packaged = Standard | 'cmi5';
type Cmi = Record<string, any>;

export interface TestLms {
  /** The page that launches unit `unitId` of the package for the standard. */
  launchUrl(standard: Standard, unitId: string): string;
  /** What the LMS holds for the learner after the last commit (the `cmi` object), if anything. */
  held(standard: Standard): Cmi | undefined;
  /** The manifest as packaged. */
  manifest(standard: Standard): string;
  /** cmi5: the AU's id and its address in the package, with the LMS's launch query appended. */
  cmi5Unit(unitId: string): { auId: string; url: (launchQuery: string) => string };
  close(): Promise<void>;
}

const LEARNER = { id: 'e-1024', name: 'Ozola, Inese' };
const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  wav: 'audio/wav',
  woff2: 'font/woff2',
  json: 'application/json',
  xml: 'application/xml',
  webmanifest: 'application/manifest+json',
};

/** The iframe's address for a unit: the resource's href with the item's parameters, read from the manifest. */
function launchOf(manifest: string, unitId: string): string {
  const item = new RegExp(`<item identifier="unit-${unitId}" identifierref="([^"]+)" parameters="([^"]*)">`).exec(
    manifest,
  );
  if (!item) throw new Error(`the manifest has no item for ${unitId}`);
  const resource = new RegExp(`<resource identifier="${item[1]}"[^>]* href="([^"]+)"`).exec(manifest);
  if (!resource) throw new Error(`the manifest has no resource ${item[1]}`);
  return `course/${resource[1]}${item[2]!.replaceAll('&amp;', '&')}`;
}

/** What a new session starts from: the learner, and after a suspend the kept data with entry resume. */
function startingData(standard: Standard, kept: Cmi | undefined): Cmi {
  if (standard === 'scorm12') {
    const base = { core: { student_id: LEARNER.id, student_name: LEARNER.name } };
    if (!kept) return base;
    const resume = kept.core.exit === 'suspend';
    return { ...kept, core: { ...kept.core, entry: resume ? 'resume' : '', exit: '', session_time: '00:00:00' } };
  }
  const base = { learner_id: LEARNER.id, learner_name: LEARNER.name.split(', ').reverse().join(' ') };
  if (!kept) return base;
  return { ...kept, entry: kept.exit === 'suspend' ? 'resume' : '', exit: '', session_time: 'PT0S' };
}

function hostPage(standard: Standard, launch: string, start: Cmi): string {
  const api = standard === 'scorm12' ? 'API' : 'API_1484_11';
  const constructor = standard === 'scorm12' ? 'Scorm12API' : 'Scorm2004API';
  const events = standard === 'scorm12' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate'];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again.js"></script>
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh}</style></head>
<body>
<script>
  const api = new ${constructor}({ logLevel: 5, autocommit: false });
  api.loadFromJSON(${JSON.stringify(start)}, '');
  const keep = () => fetch('state', { method: 'POST', body: JSON.stringify(api.renderCMIToJSONObject().cmi) });
  ${events.map((e) => `api.on('${e}', keep);`).join('\n  ')}
  window.${api} = api;
</script>
<iframe title="Course" src="${launch}"></iframe>
</body></html>`;
}

export async function startTestLms(zips: Record<Packaged, string>): Promise<TestLms> {
  const packages = Object.fromEntries(
    Object.entries(zips).map(([standard, zip]) => [standard, unzipSync(readFileSync(zip))]),
  ) as Record<Packaged, Record<string, Uint8Array>>;
  const text = (standard: Packaged, file: string) => new TextDecoder().decode(packages[standard][file]);
  const manifest = (standard: Standard) => text(standard, 'imsmanifest.xml');
  const held: Partial<Record<Standard, Cmi>> = {};
  const scormAgain = readFileSync('node_modules/scorm-again/dist/scorm-again.min.js');

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://lms');
    const [, standard, ...rest] = url.pathname.split('/') as [string, Packaged, ...string[]];
    const send = (status: number, body: string | Uint8Array, type = 'text/plain') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/scorm-again.js') return send(200, scormAgain, TYPES.js);
    if (!packages[standard]) return send(404, 'no such package');
    const path = rest.join('/');
    if (path === 'launch' && standard !== 'cmi5')
      return send(
        200,
        hostPage(
          standard,
          launchOf(manifest(standard), url.searchParams.get('unit')!),
          startingData(standard, held[standard]),
        ),
        TYPES.html,
      );
    if (path === 'state' && req.method === 'POST' && standard !== 'cmi5') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        held[standard] = JSON.parse(body);
        send(204, '');
      });
      return;
    }
    if (path.startsWith('course/')) {
      const file = packages[standard][path.slice('course/'.length)];
      if (!file) return send(404, 'not in the package');
      return send(200, file, TYPES[path.split('.').pop()!] ?? 'application/octet-stream');
    }
    send(404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    launchUrl: (standard, unitId) => `http://127.0.0.1:${port}/${standard}/launch?unit=${unitId}`,
    held: (standard) => held[standard],
    manifest,
    cmi5Unit(unitId) {
      // As an LMS imports cmi5.xml: the AU whose id ends in the unit, and its url (relative to the package).
      const au = new RegExp(`<au id="([^"]+/${unitId})"[^>]*>[\\s\\S]*?<url>([^<]+)</url>`).exec(
        text('cmi5', 'cmi5.xml'),
      );
      if (!au) throw new Error(`cmi5.xml has no AU for ${unitId}`);
      const address = au[2]!.replaceAll('&amp;', '&');
      return {
        auId: au[1]!,
        url: (launchQuery) => `http://127.0.0.1:${port}/cmi5/course/${address}&${launchQuery.replace(/^\?/, '')}`,
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
