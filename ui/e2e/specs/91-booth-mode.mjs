// Booth mode: keyboard help, themes, font scale and language, with screenshots of dark and light, English
// and Korean (rehearsal clock at 14:20, running 7 min late so the controls show a state).
import { checkTicks } from '../timeline-ticks.mjs';
import { rehearseAt } from '../rehearse.mjs';
export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const html = () => browser.execute(() => ({ theme: document.documentElement.dataset.theme, scale: getComputedStyle(document.documentElement).getPropertyValue('--scale').trim(), lang: document.documentElement.lang }));

  await rehearseAt(browser, '14:20');
  await (await $('#h-agenda')).click();
  await browser.keys(['?']);
  await browser.waitUntil(async () => browser.execute(() => document.querySelector('[data-testid="help"]')?.open === true), { timeout: 3000, timeoutMsg: 'help did not open' });
  const helpText = await (await $('[data-testid="help"]')).getText();
  check('“?” opens the shortcut help, glossary keys included', helpText.includes('Ctrl F') && helpText.includes('Alt S'), helpText.split('\n').slice(0, 3).join(' | '));
  await shot('booth-help-en');
  await browser.keys(['Escape']);
  await browser.waitUntil(async () => browser.execute(() => document.querySelector('[data-testid="help"]')?.open === false), { timeout: 3000, timeoutMsg: 'help did not close' });
  check('Esc closes the help', true);

  const before = await html();
  await browser.keys(['Control', '=']);
  await browser.keys(['Control']);
  const bigger = await html();
  check('Ctrl + makes the text larger', Number(bigger.scale) > Number(before.scale || 1), `${before.scale} → ${bigger.scale}`);
  for (let i = 0; i < 4; i++) {
    await browser.keys(['Control', '=']);
    await browser.keys(['Control']);
  }
  await browser.pause(300);
  await checkTicks(browser, check, `text size ${(await html()).scale}`);
  await shot('timeline-ticks-large');
  await browser.keys(['Control', '0']);
  await browser.keys(['Control']);
  check('Ctrl 0 resets the text size', Number((await html()).scale) === 1);

  const minutes = await $('[data-testid="late-minutes"]');
  await minutes.clearValue();
  await minutes.setValue('7');
  await (await $('[data-testid="late-later"]')).click();
  await browser.pause(400);

  const setTheme = async (want) => {
    if ((await html()).theme !== want) await (await $('[data-testid="theme"]')).click();
    await browser.waitUntil(async () => (await html()).theme === want, { timeout: 3000 });
    await browser.pause(400); // let WebKit repaint before the screenshot
  };
  const setLang = async (l) => {
    await (await $(`[data-testid="ui-locale-${l}"]`)).click();
    await browser.waitUntil(async () => (await html()).lang === l, { timeout: 5000 });
    await browser.pause(400);
  };
  await setTheme('dark');
  await setLang('en-US');
  await browser.pause(300);
  await shot('booth-dark-en');
  await setTheme('light');
  await shot('booth-light-en');
  await setLang('ko');
  await shot('booth-light-ko');
  await setTheme('dark');
  await shot('booth-dark-ko');
  await checkTicks(browser, check, 'Korean, dark');
  const stored = await browser.execute(() => localStorage.getItem('booth.prefs.v1'));
  check('theme and language choices are stored', /"theme":"dark"/.test(stored ?? '') && /"locale":"ko"/.test(stored ?? ''), stored ?? '');
  const lateText = await (await $('[data-testid="late-state"]')).getText();
  check('Korean UI says 7분 지연 중', lateText.includes('7분'), lateText);
  await browser.keys(['Alt', 'p']);
  await browser.keys(['Alt']);
  await browser.waitUntil(async () => (await $('[data-testid="prep"]')).isExisting(), { timeout: 3000, timeoutMsg: 'Alt P did not open prep' });
  await shot('booth-prep-dark-ko');
  check('Alt P switches to the prep view', true);
  await browser.keys(['Alt', 'p']);
  await browser.keys(['Alt']);

  // Leave things as found: no shift in the state file, English, dark.
  await (await $('[data-testid="late-undo"]')).click();
  await setLang('en-US');
};
