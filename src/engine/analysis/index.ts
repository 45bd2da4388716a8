export * from './analyse.ts';
export * from './judge.ts';
export * from './state-graph.ts';
export * from './graph.ts';
export * from './coverage.ts';
export * from './difficulty.ts';
export * from './lints.ts';
export * from './random-play.ts';
