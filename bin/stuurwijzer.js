#!/usr/bin/env node
// Entry point of the `stuurwijzer` command: runs the TypeScript sources through tsx, no build step needed.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
