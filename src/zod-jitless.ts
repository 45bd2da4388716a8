/**
 * `zod` as the page gets it (vite.config.ts points the bare `zod` import here):
 * zod itself, switched to its jitless mode before any module builds a schema.
 *
 * When it may, zod compiles a fast parser for each object schema with
 * `new Function`, and it finds out whether it may by trying once, as the first
 * object schema is built. The page's Content-Security-Policy has no
 * 'unsafe-eval' (docs/deployment.md): the browser refuses that try and reports
 * it as a policy violation, though zod catches the error. In jitless mode zod
 * neither tries nor compiles; it parses the same, a little slower.
 *
 * This module runs after zod loads and before every module that imports
 * `zod`, whichever chunk the bundler puts them in; setting the mode in
 * main.ts would come too late, as schemas are built when their modules load.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
