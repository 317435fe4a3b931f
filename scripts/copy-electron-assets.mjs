#!/usr/bin/env node
// tsc compiles the main process to dist-electron/ but copies no other files. The demo
// database reads its SQL next to its compiled loader, so those files are copied here.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = join(root, 'electron', 'demo');
const to = join(root, 'dist-electron', 'electron', 'demo');

mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((file) => file.endsWith('.sql'))) {
  copyFileSync(join(from, name), join(to, name));
}
