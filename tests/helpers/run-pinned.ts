/**
 * `node tests/helpers/run-pinned.ts <command…>` runs a command with BUILD_DATE set to the tests' day
 * (./pinned-date.ts): a cross-platform `BUILD_DATE=… <command>` for the scripts in package.json.
 */
import { spawnSync } from 'node:child_process';
import { pinnedBuildDate } from './pinned-date.ts';

const [command, ...args] = process.argv.slice(2);
const run = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, BUILD_DATE: pinnedBuildDate },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
