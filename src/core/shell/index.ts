// Public face of the shell parser.
export * from './types';
export { parseCommandLine } from './parse';
