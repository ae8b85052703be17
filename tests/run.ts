/**
 * `npm test`: the format check, the type check and the build run side by side (they do not depend on
 * each other), each printing its output when it ends; if all pass, every test runs. Extra arguments go
 * to Vitest. The build is made as of the tests' day (tests/helpers/pinned-date.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { pinnedBuildDate } from './helpers/pinned-date.ts';

const bin = (name: string) => `node_modules/.bin/${name}`;
const steps: [name: string, cmd: string, args: string[], env?: NodeJS.ProcessEnv][] = [
  ['format check', bin('prettier'), ['--check', '.']],
  ['type check', bin('astro'), ['check']],
  ['build', process.execPath, [...process.execArgv, 'src/cli/build.ts', '--local'], { BUILD_DATE: pinnedBuildDate }],
];

const run = ([name, cmd, args, env]: (typeof steps)[number]) =>
  new Promise<boolean>((done) => {
    const start = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      process.stdout.write(
        `\n── ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((performance.now() - start) / 1000).toFixed(1)} s\n` +
          (code === 0 ? output.slice(-600) : output),
      );
      done(code === 0);
    });
  });

const results = await Promise.all(steps.map(run));
if (results.includes(false)) process.exit(1);

// Vitest gives its workers the same day (tests/vitest.config.ts).
const vitest = spawnSync(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(vitest.status ?? 1);
