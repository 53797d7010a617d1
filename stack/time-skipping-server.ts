import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { isPortOpen } from './net';
import { runWithProgress, step, waitFor } from './progress';

/**
 * Release of Temporal's time-skipping test server (part of the Java SDK) that the workflow tests run. The SDK's
 * own download of a native build is not reachable everywhere; Maven Central is, so the jars come from there
 * through stack/temporal-test-server/pom.xml, like Kafka's.
 */
export const TEMPORAL_TEST_SERVER_VERSION = '1.31.0';

const POM = path.resolve(__dirname, 'temporal-test-server', 'pom.xml');
const MAIN_CLASS = 'io.temporal.testserver.TestServer';
const WRAPPER = 'temporal-test-server';
const JAVA_ARGS = 'java.args';
/** A class-data-sharing archive of the server's classes, recorded at install: the JVM starts 2-3 times faster. */
const STARTUP_ARCHIVE = 'startup.jsa';
/**
 * The SDK gives the server 5 s to answer after it spawns it. A JVM on a busy two-core machine can take longer, so
 * it runs with the quick-starting compiler and GC only, and with the startup archive above when it exists.
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss512k', '-Xmx256m'];

function installDir(cacheDir: string): string {
  return path.join(cacheDir, `temporal-test-server-${TEMPORAL_TEST_SERVER_VERSION}`);
}

/** Where the wrapper script lives once installed. */
export function temporalTestServerPath(cacheDir: string): string {
  return path.join(installDir(cacheDir), WRAPPER);
}

/**
 * Writes the JVM options, the class path and the main class into a java @argfile that the wrapper and the archive
 * recording share. The class path is explicit and sorted: a startup archive only applies to the exact class path
 * it was recorded with.
 */
function writeJavaArgs(file: string, libs: string, jars: string[]): void {
  const classPath = jars.map((jar) => path.join(libs, jar)).join(':');
  const quote = (arg: string) => `"${arg.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  writeFileSync(file, [...JVM_OPTIONS, '-cp', classPath, MAIN_CLASS].map(quote).join('\n') + '\n');
}

const shellQuote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * The executable the SDK starts (`executable: { type: 'existing-path' }`): it passes the port as the only
 * argument. `exec` makes the JVM the SDK's own child, so the SDK's kill at teardown stops the server itself.
 */
function wrapperScript(dir: string): string {
  return [
    '#!/bin/sh',
    `# Temporal's time-skipping test server ${TEMPORAL_TEST_SERVER_VERSION}, written by stack/time-skipping-server.ts.`,
    '# Usage: temporal-test-server <port> [--enable-time-skipping]',
    `dir=${shellQuote(dir)}`,
    `if [ -f "$dir/${STARTUP_ARCHIVE}" ]; then`,
    `  exec java -XX:SharedArchiveFile="$dir/${STARTUP_ARCHIVE}" -Xlog:cds=off -Xlog:cds+dynamic=off "@$dir/${JAVA_ARGS}" "$@"`,
    'fi',
    `exec java "@$dir/${JAVA_ARGS}" "$@"`,
    '',
  ].join('\n');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/**
 * Records the classes the server loads up to listening into a class-data-sharing archive (`jcmd VM.cds`, JDK 17+).
 * Only a speed-up: without a JDK's jcmd, or if the recording fails, the server starts without it.
 */
async function recordStartupArchive(dir: string): Promise<void> {
  if (spawnSync('jcmd', ['-h'], { stdio: 'ignore' }).error) return;
  const port = await freePort();
  const args = ['-XX:+RecordDynamicDumpInfo', `@${path.join(dir, JAVA_ARGS)}`, String(port)];
  const server = spawn('java', args, { stdio: 'ignore' });
  try {
    await waitFor('the test server (recording its startup archive)', () => isPortOpen('127.0.0.1', port), 60_000);
    await runWithProgress('jcmd', [String(server.pid), 'VM.cds', 'dynamic_dump', path.join(dir, STARTUP_ARCHIVE)]);
  } catch {
    rmSync(path.join(dir, STARTUP_ARCHIVE), { force: true });
  } finally {
    server.kill('SIGKILL');
  }
}

/**
 * Installs Temporal's time-skipping test server into the user cache the first time (about 20 s and 35 MB) and
 * returns the path of its wrapper script, for `TestWorkflowEnvironment.createTimeSkipping`.
 */
export async function ensureTemporalTestServer(cacheDir: string): Promise<string> {
  const wrapper = temporalTestServerPath(cacheDir);
  if (existsSync(wrapper)) return wrapper;
  const dir = installDir(cacheDir);
  const progress = step(
    `Fetching Temporal's time-skipping test server ${TEMPORAL_TEST_SERVER_VERSION} from Maven Central (first run only)`,
  );
  // Test files may install side by side when run without the global setup: each stages in its own directory.
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await runWithProgress(
    'mvn',
    [
      '-B',
      '-f',
      POM,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${path.join(staging, 'libs')}`,
    ],
    progress.update,
  );
  const jars = readdirSync(path.join(staging, 'libs'))
    .filter((file) => file.endsWith('.jar'))
    .sort();
  // Paths in the argfile are the final ones, where the staged directory is about to be moved.
  writeJavaArgs(path.join(staging, JAVA_ARGS), path.join(dir, 'libs'), jars);
  mkdirSync(path.dirname(dir), { recursive: true });
  try {
    renameSync(staging, dir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dir)) throw err;
    // Another test file got there first: its install is complete once its wrapper is written.
    await waitFor('the test server install of another test file', async () => existsSync(wrapper), 120_000);
    progress.done(wrapper);
    return wrapper;
  }
  progress.update('recording a startup archive');
  await recordStartupArchive(dir);
  // The wrapper comes last: its presence means the install is complete.
  writeFileSync(`${wrapper}.partial`, wrapperScript(dir));
  chmodSync(`${wrapper}.partial`, 0o755);
  renameSync(`${wrapper}.partial`, wrapper);
  progress.done(wrapper);
  return wrapper;
}
