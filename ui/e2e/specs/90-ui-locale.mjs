// UI language: screenshots in English, then a live switch to Korean.
export default async ({ browser, check, shot }) => {
  const search = await browser.$('[data-testid="glossary-search"]');
  await search.clearValue();
  await search.setValue('SDGs');
  await browser.pause(300);
  await shot('e2e-en');

  await browser.$('[data-testid="ui-locale-ko"]').click();
  await browser.waitUntil(async () => (await browser.$('#h-glossary').getText()) === '용어집', {
    timeout: 5000,
    timeoutMsg: 'UI did not switch to Korean',
  });
  check('UI switched to Korean', true);
  check('html lang follows the UI', (await browser.execute(() => document.documentElement.lang)) === 'ko');
  await shot('e2e-ko');
  await browser.$('[data-testid="ui-locale-en-US"]').click();
};
