// tauri-driver, started once per run by the e2e runner and the latency harness.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'node:net';
import { remote } from 'webdriverio';

async function waitForPort(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((r) => {
      const s = connect(port, '127.0.0.1', () => (s.end(), r(true)));
      s.on('error', () => r(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

/** Spawns tauri-driver (or $TAURI_DRIVER) on `port` and resolves once it listens; kill the child when done. */
export async function startDriver(port = 4444) {
  const driver = spawn(process.env.TAURI_DRIVER ?? 'tauri-driver', ['--port', String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForPort(port, 15000);
  } catch (e) {
    driver.kill('SIGTERM');
    throw e;
  }
  return driver;
}

/** A WebDriver session on the app at `app` started with `args`, through the tauri-driver on `port`; a first
 * start may take minutes (a big pack, a cold cache), so connecting retries for five. */
export function openApp(app, args, port = 4444) {
  return remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'warn',
    connectionRetryTimeout: 300000,
    capabilities: {
      browserName: 'wry',
      'tauri:options': { application: app, args },
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

/** Ends the session (if any) and stops tauri-driver (if started); never throws. */
export async function closeApp(browser, driver) {
  try {
    await browser?.deleteSession();
  } catch {}
  driver?.kill('SIGTERM');
}

/** What the hand-run harnesses (latency.mjs, opening.mjs) take from their command line: `--release` runs
 * target/release/booth-app instead of the debug build (BOOTH_APP overrides both), the first other argument
 * is the pack (else `defaultPack`, relative to the repository), and screenshots go to screenshots/. */
export function harnessArgs(defaultPack) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const args = process.argv.slice(2);
  const release = args.includes('--release');
  const positional = args.filter((a) => !a.startsWith('--'));
  const app = process.env.BOOTH_APP ?? resolve(root, release ? 'target/release/booth-app' : 'target/debug/booth-app');
  const pack = resolve(positional[0] ?? resolve(root, defaultPack));
  const shots = resolve(root, 'screenshots');
  mkdirSync(shots, { recursive: true });
  return { app, pack, shots };
}
