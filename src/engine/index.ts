/** The engine's public surface: pure, the same in Node and the browser. */
export * from './catalogue/index.ts';
export * from './content/hash.ts';
export * from './content/library.ts';
export * from './content/problem.ts';
export * from './content/scenario.ts';
export * from './content/schema.ts';
export * from './model/condition.ts';
export * from './model/conversation.ts';
export * from './model/debrief.ts';
export * from './model/machine.ts';
export * from './model/reaction.ts';
export * from './model/score.ts';
export * from './progress/mastery.ts';
export * from './model/what-if.ts';
export * from './model/wordings.ts';
