// Listening in the real window: a speech synthesised with espeak-ng (English, the forum's register) is
// played through the app's file source at the pace of speech; the recogniser (whisper.cpp, the default model
// that ./x builds) runs on this machine and the Prompts region fills with the terms, names and numbers it
// heard. Screenshots in English and Korean. Needs espeak-ng and sox, and BOOTH_WHISPER_MODEL (./x sets it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SPEECH =
  'Thank you. Local governments are at the heart of the Sustainable Development Goals. ' +
  'Our city invested three hundred fifty million dollars in digital transformation last year.';

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const model = process.env.BOOTH_WHISPER_MODEL;
  if (!model || !existsSync(model)) {
    check('BOOTH_WHISPER_MODEL names the speech model (./x builds it)', false, String(model));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'booth-e2e-listen-'));
  const raw = join(dir, 'raw.wav');
  const wav = join(dir, 'speech.wav');
  const say = spawnSync('espeak-ng', ['-v', 'en-us', '-s', '150', '-w', raw, SPEECH]);
  const sox = spawnSync('sox', [raw, '-r', '16000', '-c', '1', wav]);
  if (say.status !== 0 || sox.status !== 0) {
    check('espeak-ng and sox made the test speech', false, `${say.stderr} ${sox.stderr}`);
    return;
  }
  const pick = process.env.BOOTH_E2E_PICK;
  try {
    await (await $('[data-testid="ui-locale-en-US"]')).click();
    await (await $('[data-testid="view-live"]')).click();
    if ((await (await $('[data-testid="prompts-toggle"]')).getAttribute('aria-expanded')) !== 'true') await (await $('[data-testid="prompts-toggle"]')).click();
    await (await $('[data-testid="prompts-clear"]')).click();
    const modelLine = await (await $('[data-testid="listen-model"]')).getText();
    check('the Prompts region names the speech model', /base/.test(modelLine), modelLine);
    const language = await $('[data-testid="listen-language"]');
    await language.selectByAttribute('value', 'en');
    const source = await $('[data-testid="listen-source"]');
    await source.selectByAttribute('value', 'file');
    writeFileSync(pick, `${wav}\n`);
    const started = Date.now();
    await (await $('[data-testid="listen-toggle"]')).click();
    await browser.waitUntil(async () => ['listening', 'loading'].includes(await (await $('[data-testid="listen-state"]')).getAttribute('data-state')), {
      timeout: 15000,
      timeoutMsg: 'listening did not start',
    });
    check('the state says it is listening', true, await (await $('[data-testid="listen-state"]')).getText());
    // The speech lasts about 12 s; prompts come while it plays.
    await browser.waitUntil(async () => (await browser.$$('[data-testid="prompt"]')).length >= 2, {
      timeout: 90000,
      interval: 500,
      timeoutMsg: 'no prompts came from the speech',
    });
    const firstAfter = (Date.now() - started) / 1000;
    await browser.waitUntil(async () => (await (await $('[data-testid="listen-state"]')).getAttribute('data-state')) === 'stopped', {
      timeout: 90000,
      interval: 500,
      timeoutMsg: 'listening did not stop at the end of the file',
    });
    const cards = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="prompt"]')].map((c) => `${c.getAttribute('data-kind')}:${c.getAttribute('data-id')}:${c.querySelector('[data-testid="prompt-en"] .main')?.textContent?.trim()}`),
    );
    check(`prompts came from the speech (first after ${firstAfter.toFixed(1)} s)`, cards.length >= 2, cards.join(' | '));
    check('a glossary term was heard', cards.some((c) => /local-government|sdgs|digital-transformation/.test(c)), cards.join(' | '));
    check('no wrong number is shown', cards.filter((c) => c.startsWith('number:')).every((c) => c.includes('350 million')), cards.join(' | '));
    await shot('listen-file-en');
    await (await $('[data-testid="ui-locale-ko"]')).click();
    await browser.pause(500);
    await shot('listen-file-ko');
    await (await $('[data-testid="ui-locale-en-US"]')).click();
    await (await $('[data-testid="prompts-toggle"]')).click();
  } finally {
    writeFileSync(pick, '');
    rmSync(dir, { recursive: true, force: true });
  }
};
