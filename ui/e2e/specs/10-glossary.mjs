// Glossary: either script finds the concept, both sides of the pair are shown, the match is highlighted.
export default async ({ browser, check, shot }) => {
  const search = await browser.$('[data-testid="glossary-search"]');
  const firstRow = () => browser.$('[data-testid="glossary-row"]');

  await search.setValue('지속가능발전목표');
  await browser.waitUntil(async () => (await browser.$$('[data-testid="glossary-row"]').length) > 0, { timeout: 5000 });
  const text = await (await firstRow()).getText();
  check('Korean query finds SDGs', (await (await firstRow()).getAttribute('data-concept')) === 'sdgs', text.split('\n')[0]);
  check('result shows the English term', text.includes('Sustainable Development Goals'));
  check('result shows the Korean term', text.includes('지속가능발전목표'));
  check('matched span is highlighted', (await (await firstRow()).$('mark:not([hidden])').getText()) === '지속가능발전목표');

  await search.clearValue();
  await search.addValue('digital div');
  await browser.waitUntil(async () => (await (await firstRow()).getAttribute('data-concept')) === 'digital-divide', {
    timeout: 5000,
    timeoutMsg: 'digital divide not first',
  });
  check('English query, typed key by key, finds digital divide with its Korean term', (await (await firstRow()).getText()).includes('디지털 격차'));

  // An institution whose Korean name could not be confirmed (`# UNVERIFIED` in ko) is marked unofficial on
  // its Korean side only; a confirmed one is not marked.
  await search.clearValue();
  await search.addValue('Wellington City Council');
  await browser.waitUntil(async () => (await (await firstRow()).getAttribute('data-concept')) === 'wellington-city-council', {
    timeout: 5000,
    timeoutMsg: 'Wellington City Council not first',
  });
  const flags = async () =>
    browser.execute(() =>
      [...document.querySelectorAll('[data-testid="glossary-row"]')[0].querySelectorAll('[data-testid="glossary-unverified"]')].map(
        (f) => f.closest('td')?.getAttribute('lang'),
      ),
    );
  const wellington = await flags();
  await shot('glossary-unverified');
  check('unconfirmed Korean name is marked unofficial on the Korean side only', JSON.stringify(wellington) === '["ko"]', JSON.stringify(wellington));
  await search.clearValue();
  await search.addValue('KRILA');
  await browser.waitUntil(async () => (await (await firstRow()).getAttribute('data-concept')) === 'krila', { timeout: 5000, timeoutMsg: 'KRILA not first' });
  const krila = await flags();
  check('a confirmed Korean name carries no mark', krila.length === 0, JSON.stringify(krila));

  // Every keystroke above was answered through the shell's synchronous search scheme (src-tauri/src/
  // search_scheme.rs), not its fallback: the fallback works too, but paints a frame later.
  const via = await browser.execute(() => (window.__boothGlossaryLatency ?? []).map((s) => s.via));
  check(
    'each keystroke was answered within its own input event (the search scheme)',
    via.length >= 20 && via.every((v) => v === 'instant'),
    `${via.length} samples: ${[...new Set(via)].join(', ')}`,
  );
  await search.clearValue();
};
