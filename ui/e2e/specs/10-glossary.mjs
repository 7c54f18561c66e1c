// Glossary: either script finds the concept, both sides of the pair are shown, the match is highlighted.
export default async ({ browser, check }) => {
  const search = await browser.$('[data-testid="glossary-search"]');
  const firstRow = () => browser.$('[data-testid="glossary-row"]');

  await search.setValue('지속가능발전목표');
  await browser.waitUntil(async () => (await browser.$$('[data-testid="glossary-row"]').length) > 0, { timeout: 5000 });
  const text = await (await firstRow()).getText();
  check('Korean query finds SDGs', (await (await firstRow()).getAttribute('data-concept')) === 'sdgs', text.split('\n')[0]);
  check('result shows the English term', text.includes('Sustainable Development Goals'));
  check('result shows the Korean term', text.includes('지속가능발전목표'));
  check('matched span is highlighted', (await (await firstRow()).$('mark').getText()) === '지속가능발전목표');

  await search.clearValue();
  await search.addValue('digital div');
  await browser.waitUntil(async () => (await (await firstRow()).getAttribute('data-concept')) === 'digital-divide', {
    timeout: 5000,
    timeoutMsg: 'digital divide not first',
  });
  check('English query, typed key by key, finds digital divide with its Korean term', (await (await firstRow()).getText()).includes('디지털 격차'));
  await search.clearValue();
};
