/** The module src/cli/vite-library-plugin.ts builds from the scenario files. */
declare module 'virtual:cooldown-library' {
  const library: import('../engine/index.ts').Library;
  export default library;
}
