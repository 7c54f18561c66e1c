// End-to-end test in the real window: the release-like debug binary under Xvfb, driven over WebDriver
// (tauri-driver → WebKitWebDriver). Run by `x test` inside xvfb-run; screenshots go to ../screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const app = process.env.BOOTH_APP ?? resolve(root, 'target/debug/booth-app');
const shots = resolve(root, 'screenshots');
mkdirSync(shots, { recursive: true });

const driver = spawn(process.env.TAURI_DRIVER ?? 'tauri-driver', ['--port', '4444'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
let failed = false;
const steps = [];
function check(name, ok, detail = '') {
  steps.push(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failed = true;
}

async function waitForPort(port, ms) {
  const { connect } = await import('node:net');
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

let browser;
try {
  await waitForPort(4444, 15000);
  browser = await remote({
    hostname: '127.0.0.1',
    port: 4444,
    logLevel: 'warn',
    capabilities: {
      browserName: 'wry',
      'tauri:options': { application: app },
      'wdio:enforceWebDriverClassic': true,
    },
  });

  const search = await browser.$('[data-testid="glossary-search"]');
  await search.waitForDisplayed({ timeout: 15000 });

  // Korean query finds the concept and shows both sides of the pair.
  await search.setValue('지속가능발전목표');
  await browser.waitUntil(async () => (await browser.$$('[data-testid="glossary-row"]').length) > 0, { timeout: 5000 });
  const first = await browser.$('[data-testid="glossary-row"]');
  const firstText = await first.getText();
  check('Korean query finds SDGs', (await first.getAttribute('data-concept')) === 'sdgs', firstText.replace(/\n/g, ' | '));
  check('result shows the English term', firstText.includes('Sustainable Development Goals'));
  check('result shows the Korean term', firstText.includes('지속가능발전목표'));
  const mark = await first.$('mark');
  check('matched span is highlighted', (await mark.getText()) === '지속가능발전목표');

  // English query, typed key by key.
  await search.clearValue();
  await search.addValue('digital div');
  await browser.waitUntil(
    async () => (await browser.$('[data-testid="glossary-row"]').getAttribute('data-concept')) === 'digital-divide',
    { timeout: 5000, timeoutMsg: 'digital divide not first' },
  );
  const dd = await browser.$('[data-testid="glossary-row"]').getText();
  check('English query finds digital divide with its Korean term', dd.includes('디지털 격차'), dd.replace(/\n/g, ' | '));

  // Rehearsal clock at 14:20 event time: Session 1, Presentation 1, Sabine Kuhlmann.
  const time = await browser.$('[data-testid="rehearsal-time"]');
  await time.clearValue();
  await time.setValue('14:20');
  await browser.$('[data-testid="rehearse"]').click();
  await browser.waitUntil(
    async () => (await browser.$('[aria-current="true"]').getAttribute('data-item')) === 's1-presentation-1',
    { timeout: 5000, timeoutMsg: 'current item not highlighted' },
  );
  check('rehearsal clock shows the right item', true);
  const card = await browser.$('[data-testid="region-speaker"] [data-testid="person-card"]');
  check('speaker card shows the current speaker', (await card.getAttribute('data-person')) === 'sabine-kuhlmann');
  check('clock mode is visible', (await browser.$('[data-testid="clock-mode"]').getAttribute('data-mode')) === 'rehearsal');

  await search.clearValue();
  await search.setValue('SDGs');
  await browser.pause(300);
  await browser.saveScreenshot(resolve(shots, 'e2e-en.png'));

  // Switch the UI to Korean.
  await browser.$('[data-testid="ui-locale-ko"]').click();
  await browser.waitUntil(async () => (await browser.$('#h-glossary').getText()) === '용어집', {
    timeout: 5000,
    timeoutMsg: 'UI did not switch to Korean',
  });
  check('UI switched to Korean', true);
  check('html lang follows the UI', (await browser.execute(() => document.documentElement.lang)) === 'ko');
  await browser.saveScreenshot(resolve(shots, 'e2e-ko.png'));
} catch (e) {
  check('e2e flow', false, String(e?.message ?? e));
} finally {
  try {
    await browser?.deleteSession();
  } catch {}
  driver.kill('SIGTERM');
}

console.log(steps.join('\n'));
console.log(failed ? 'e2e: FAILED' : `e2e: passed (${steps.length} checks), screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
