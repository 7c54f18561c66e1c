// End-to-end tests in the real window: the app binary under Xvfb, driven over WebDriver
// (tauri-driver → WebKitWebDriver). `./x test` runs this inside xvfb-run.
//
// One app session runs every spec in specs/ in file-name order; each spec exports
// `default async ({ browser, check, shot, root }) => {}`. `check(name, ok, detail)` records a result,
// `shot(name)` saves ../../screenshots/<name>.png (git-ignored). Set BOOTH_E2E_ONLY=glossary to run only
// specs whose file name contains that text.
//
// A spec that needs the app started differently (its own pack) also exports `args = async ({ root }) =>
// [...app arguments]` (and optionally `cleanup`): it runs after the others, alone, in a session of its own.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { remote } from 'webdriverio';
import { startDriver } from './driver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const app = process.env.BOOTH_APP ?? resolve(root, 'target/debug/booth-app');
const shots = resolve(root, 'screenshots');
mkdirSync(shots, { recursive: true });

const results = [];
let failed = false;
function check(name, ok, detail = '') {
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failed = true;
}


const only = process.env.BOOTH_E2E_ONLY;
const specs = readdirSync(resolve(here, 'specs'))
  .filter((f) => f.endsWith('.mjs') && (!only || f.includes(only)))
  .sort();

// Specs with their own `args` get their own session; the rest share one, as before.
const loaded = [];
for (const spec of specs) {
  try {
    loaded.push({ spec, mod: await import(pathToFileURL(resolve(here, 'specs', spec)).href) });
  } catch (e) {
    check(`${spec} threw`, false, String(e?.message ?? e));
  }
}
const shared = loaded.filter((s) => !s.mod.args);
const alone = loaded.filter((s) => s.mod.args);

async function session(args, list, name) {
  let browser;
  try {
    browser = await remote({
      hostname: '127.0.0.1',
      port: 4444,
      logLevel: 'warn',
      capabilities: {
        browserName: 'wry',
        'tauri:options': { application: app, args },
        'wdio:enforceWebDriverClassic': true,
      },
    });
    await browser.$('[data-testid="glossary-search"]').waitForDisplayed({ timeout: 15000 });
    const shot = (name) => browser.saveScreenshot(resolve(shots, `${name}.png`));
    for (const { spec, mod } of list) {
      const started = Date.now();
      try {
        await mod.default({ browser, check, shot, root });
      } catch (e) {
        check(`${spec} threw`, false, String(e?.message ?? e));
      }
      results.push(`     (${spec}: ${Date.now() - started} ms)`);
    }
  } catch (e) {
    check(name, false, String(e?.message ?? e));
  } finally {
    try {
      await browser?.deleteSession();
    } catch {}
  }
}

// The shell's file dialogs cannot be driven over WebDriver: debug builds take the user's answer from the
// file BOOTH_E2E_PICK names (src-tauri/src/pick.rs). The app inherits it through tauri-driver; specs write
// the path they want into it before clicking (a missing or empty file answers "cancel").
process.env.BOOTH_E2E_PICK ??= resolve(tmpdir(), `booth-e2e-pick-${process.pid}`);
rmSync(process.env.BOOTH_E2E_PICK, { force: true });

// Every run starts from an empty per-user data folder (the running-late records, the booth team's document,
// the window's stored preferences), so no run sees what an earlier one, or the user, left there.
const dataHome = mkdtempSync(resolve(tmpdir(), 'booth-e2e-data-'));
process.env.XDG_DATA_HOME = dataHome;

let driver;
try {
  driver = await startDriver(4444);
  if (shared.length) await session(process.env.BOOTH_E2E_ARGS?.split(' ').filter(Boolean) ?? [], shared, 'e2e session');
  for (const s of alone) {
    try {
      await session(await s.mod.args({ root }), [s], `e2e session of ${s.spec}`);
    } catch (e) {
      check(`${s.spec} args`, false, String(e?.message ?? e));
    } finally {
      await Promise.resolve(s.mod.cleanup?.()).catch(() => {});
    }
  }
} catch (e) {
  check('e2e session', false, String(e?.message ?? e));
} finally {
  driver?.kill('SIGTERM');
  rmSync(dataHome, { recursive: true, force: true });
}

console.log(results.join('\n'));
const n = results.filter((r) => !r.startsWith('     ')).length;
console.log(failed ? 'e2e: FAILED' : `e2e: passed (${n} checks in ${specs.length} specs), screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
