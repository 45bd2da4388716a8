/**
 * The message catalogue: every sentence a person reads, in one place per
 * locale. The engine and storage hand out ids and numbers; the screens, the
 * canvas and the CLI turn them into words here.
 */
export { MESSAGES } from './en.ts';
export type Messages = typeof import('./en.ts').MESSAGES;
