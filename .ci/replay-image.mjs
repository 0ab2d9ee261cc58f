#!/usr/bin/env node
// Replays the Dockerfile outside Docker (no engine runs on our machines): each stage gets a scratch folder,
// COPY and RUN steps run as written (no TTY), system steps the host already provides are skipped and named,
// and the runtime stage's CMD is started as an unprivileged user with its ENV, then its HEALTHCHECK must pass
// and the embedded database must appear under DATA_DIR. A Dockerfile change that breaks a build or start step
// breaks this script.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const scratch = mkdtempSync(join(tmpdir(), 'tailor-image-'));
chmodSync(scratch, 0o755);
const UNPRIVILEGED = { user: 'nobody', group: 'nogroup' };
// Steps that install system packages or prepare the image's own filesystem: on the host, CI installs the
// toolchain itself and the replay creates the volume folder for the unprivileged user below.
const SYSTEM_STEP = [/^apt-get\b/u, /^mkdir -p \/data\b/u];

function instructions(dockerfile) {
  return dockerfile
    .replace(/\\\n/gu, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/u);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

function parseEnv(args, into) {
  for (const match of args.matchAll(/(\w+)=("[^"]*"|\S+)/gu))
    into[match[1]] = match[2].replace(/^"|"$/gu, '');
}

// The build context as `docker build` sees it: tracked and untracked files, minus .dockerignore'd folders.
function contextFiles() {
  const ignored = readFileSync(join(repo, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/^\*\*\//u, ''))
    .filter(Boolean);
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  return files.filter(
    (file) =>
      existsSync(join(repo, file)) &&
      !ignored.some(
        (pattern) => file === pattern || file.startsWith(`${pattern}/`) || file.split('/').includes(pattern),
      ),
  );
}

function copy(stage, args, stages) {
  const parts = args.split(/\s+/u);
  const from = parts[0].startsWith('--from=') ? parts.shift().slice('--from='.length) : undefined;
  const destination = parts.pop();
  const target = resolve(stage.root + stage.workdir, destination);
  for (const source of parts) {
    if (!from && source === '.') {
      for (const file of contextFiles()) {
        mkdirSync(dirname(join(target, file)), { recursive: true });
        cpSync(join(repo, file), join(target, file));
      }
      continue;
    }
    const origin = from ? join(stages.get(from).root, source) : join(repo, source);
    // Docker's rules: a folder's contents go into the destination; a file goes into it when it names a folder.
    const intoFolder = destination.endsWith('/') || destination === '.' || existsSync(target);
    const finalTarget =
      statSync(origin).isDirectory() || !intoFolder ? target : join(target, basename(source));
    cpSync(origin, finalTarget, { recursive: true, verbatimSymlinks: true });
  }
}

function run(stage, command) {
  if (SYSTEM_STEP.some((pattern) => pattern.test(command))) {
    console.log(`    skipped (system step, provided by the host): ${command.slice(0, 80)}…`);
    return;
  }
  execFileSync('bash', ['-c', command], {
    cwd: stage.root + stage.workdir,
    stdio: ['ignore', 'inherit', 'inherit'], // no TTY, as under `docker build`
    env: { ...process.env, ...stage.env },
  });
}

async function waitForHealthcheck(command, env, deadlineMs) {
  const started = Date.now();
  while (Date.now() - started < deadlineMs) {
    try {
      execFileSync('bash', ['-c', command], { env, stdio: 'ignore' });
      return Date.now() - started;
    } catch {
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  throw new Error(`HEALTHCHECK did not pass within ${deadlineMs} ms`);
}

const stages = new Map();
let stage;
for (const { keyword, args } of instructions(readFileSync(join(repo, 'Dockerfile'), 'utf8'))) {
  if (keyword === 'FROM') {
    const [image, , name] = args.split(/\s+/u);
    const root = join(scratch, name ?? `stage${stages.size}`);
    const base = stages.get(image);
    if (base) cpSync(base.root, root, { recursive: true, verbatimSymlinks: true });
    else mkdirSync(root, { recursive: true });
    stage = { name, root, workdir: base?.workdir ?? '/', env: { ...base?.env }, user: base?.user };
    stages.set(name, stage);
    console.log(`\n--- stage ${name} (from ${image})`);
  } else if (keyword === 'WORKDIR') {
    stage.workdir = args;
    mkdirSync(stage.root + args, { recursive: true });
  } else if (keyword === 'COPY') {
    console.log(`    COPY ${args}`);
    copy(stage, args, stages);
  } else if (keyword === 'RUN') {
    console.log(`    RUN ${args}`);
    run(stage, args);
  } else if (keyword === 'ENV') parseEnv(args, stage.env);
  else if (keyword === 'USER') stage.user = args;
  else if (keyword === 'HEALTHCHECK') stage.healthcheck = args.replace(/^.*?\bCMD\s+/u, '');
  else if (keyword === 'CMD') stage.cmd = JSON.parse(args);
}

// Start the last stage as the image would: its ENV, its CMD, an unprivileged user, DATA_DIR on a fresh volume.
const runtime = stage;
if (runtime.user !== 'node')
  throw new Error(
    `the runtime stage must run as the unprivileged user "node", not ${runtime.user ?? 'root'}`,
  );
const volume = join(scratch, 'volume');
mkdirSync(volume);
execFileSync('chown', [`${UNPRIVILEGED.user}:${UNPRIVILEGED.group}`, volume]);
const port = String(18_000 + Math.floor(Math.random() * 1000));
const env = {
  PATH: process.env.PATH,
  ...runtime.env,
  DATA_DIR: volume,
  PORT: port,
  HOST: '127.0.0.1',
  JWT_SECRET: randomBytes(32).toString('base64url'),
};
console.log(
  `\n--- start: ${runtime.cmd.join(' ')} as ${UNPRIVILEGED.user}, DATA_DIR=${volume}, port ${port}`,
);
const server = spawn(
  'setpriv',
  ['--reuid', UNPRIVILEGED.user, '--regid', UNPRIVILEGED.group, '--clear-groups', ...runtime.cmd],
  { cwd: runtime.root + runtime.workdir, env, stdio: ['ignore', 'pipe', 'inherit'] },
);
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
try {
  const took = await waitForHealthcheck(runtime.healthcheck, env, 60_000);
  if (!existsSync(join(volume, 'tailor.db'))) throw new Error('the SQLite database is not under DATA_DIR');
  console.log(`HEALTHCHECK (/ready) passed after ${took} ms; database and secret under DATA_DIR`);
} catch (error) {
  console.error(output.slice(-4000));
  throw error;
} finally {
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  rmSync(scratch, { recursive: true, force: true });
}
