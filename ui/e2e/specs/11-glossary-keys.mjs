// Glossary from the keyboard: / and Ctrl+F focus the search from anywhere, Korean initials and a half-typed
// syllable find the concept, ↓ moves, Enter pins a booth card that stays while searching on, Esc clears,
// and an empty query lists the current session's concepts.
export default async ({ browser, check, shot }) => {
  const search = await browser.$('[data-testid="glossary-search"]');
  const rows = () => browser.$$('[data-testid="glossary-row"]');
  const first = async () => (await rows())[0];
  const firstIs = (id, timeoutMsg) =>
    browser.waitUntil(async () => (await (await first())?.getAttribute('data-concept')) === id, { timeout: 5000, timeoutMsg });

  // Focus somewhere else, then "/" from the page.
  await browser.$('h1').click();
  await browser.keys(['/']);
  check('/ focuses the glossary search', await browser.execute(() => document.activeElement?.getAttribute('data-testid') === 'glossary-search'));
  await browser.$('h1').click();
  await browser.keys(['Control', 'f']);
  await browser.keys(['Control']);
  check('Ctrl+F focuses the glossary search', await browser.execute(() => document.activeElement?.getAttribute('data-testid') === 'glossary-search'));

  await search.setValue('ㅈㅅㄱㄴㅂㅈㅁㅍ');
  await firstIs('sdgs', 'initials did not find SDGs');
  check('Korean initials (초성) find SDGs', (await (await first()).getAttribute('data-kind')) === 'initials');
  check('the initials span is highlighted', (await (await first()).$('mark:not([hidden])').getText()) === '지속가능발전목표');

  await search.setValue('디지ㅌ');
  await browser.waitUntil(async () => (await (await first())?.getText())?.includes('디지털'), { timeout: 5000, timeoutMsg: '디지ㅌ found no 디지털' });
  check('a half-typed syllable (디지ㅌ) already finds 디지털', true);

  await search.setValue('sustianable');
  await browser.waitUntil(async () => (await (await first())?.getAttribute('data-kind')) === 'typo', { timeout: 5000, timeoutMsg: 'no typo hit' });
  check('a typo (sustianable) finds sustainable…', (await (await first()).getText()).toLowerCase().includes('sustainable'));

  await search.setValue('SDGs');
  await firstIs('sdgs', 'SDGs not first');
  await browser.keys(['ArrowDown']);
  const second = await (await rows())[1]?.getAttribute('data-concept');
  const selected = await browser.$('tr.selected').getAttribute('data-concept');
  check('↓ moves the selection', second != null && selected === second, `${selected}`);
  await browser.keys(['ArrowUp']);
  await browser.keys(['Enter']);
  const card = await browser.$('[data-testid="booth-card"]');
  await card.waitForDisplayed({ timeout: 5000 });
  check('Enter pins the selected concept as a booth card', (await card.getAttribute('data-concept')) === 'sdgs');
  await shot('glossary-booth-card');
  // The built-in pack is read-only: no way from the card to an edit form.
  check('no Edit on the booth card for the read-only built-in pack', !(await browser.$('[data-testid="booth-card-edit"]').isExisting()));

  await browser.keys(['Escape']);
  await browser.waitUntil(async () => (await search.getValue()) === '', { timeout: 5000, timeoutMsg: 'Esc did not clear' });
  check('Esc clears the search', true);
  check('the booth card stays after the search is cleared', await card.isDisplayed());

  // Empty query: the current session's concepts (the rehearsal clock of 20-agenda is not set yet here, so
  // this is whatever the real clock says; without a session the glossary is listed from the top).
  const count = await browser.$('[data-testid="glossary-count"]').getText();
  check('an empty query lists concepts', (await rows()).length > 0, count);
  await browser.keys(['Escape']);
  await browser.waitUntil(async () => !(await card.isExisting()), { timeout: 5000, timeoutMsg: 'Esc on an empty search did not close the card' });
  check('Esc on an empty search closes the booth card', true);

  // The listing draws a screenful and a half of its 50 rows, and the rest as the list is scrolled.
  const drawn = async () => (await rows()).length;
  const before = await drawn();
  for (let i = 0; i < 6 && (await drawn()) < 50; i++) {
    await browser.execute(() => {
      const list = document.querySelector('[data-testid="glossary-scroll"]');
      if (list) list.scrollTop = list.scrollHeight;
    });
    await browser.pause(150);
  }
  const after = await drawn();
  check('the listing draws 16 rows first, and all 50 once scrolled to its end', before === 16 && after === 50, `${before} → ${after}`);
  // ↓ past the drawn rows draws the row it moves to.
  await search.click();
  await search.setValue('d');
  await browser.waitUntil(async () => (await drawn()) === 16, { timeout: 5000, timeoutMsg: 'a new answer did not start again at 16 rows' });
  for (let i = 0; i < 20; i++) await browser.keys(['ArrowDown']);
  const selectedIndex = await browser.$('tr.selected').getAttribute('data-index');
  const inView = await browser.execute(() => {
    const row = document.querySelector('tr.selected')?.getBoundingClientRect();
    const list = document.querySelector('[data-testid="glossary-scroll"]')?.getBoundingClientRect();
    return !!row && !!list && row.top >= list.top - 1 && row.bottom <= list.bottom + 1;
  });
  check('↓ moves past the first 16 rows, and the list scrolls to keep the selection in view', selectedIndex === '20' && inView, `selected row ${selectedIndex}, in view ${inView}`);
  await shot('glossary-scrolled');
  // A new answer is read from its top, also when the list was scrolled by hand (the selection on the first
  // row, so moving it does not scroll the list back).
  for (let i = 0; i < 20; i++) await browser.keys(['ArrowUp']);
  const scrolled = await browser.execute(() => {
    const list = document.querySelector('[data-testid="glossary-scroll"]');
    if (list) list.scrollTop = list.scrollHeight;
    return list?.scrollTop ?? 0;
  });
  await browser.pause(150);
  await browser.keys(['e']);
  await browser.waitUntil(async () => (await search.getValue()) === 'de', { timeout: 5000, timeoutMsg: 'the key did not reach the search' });
  await browser.pause(150);
  const top = await browser.execute(() => document.querySelector('[data-testid="glossary-scroll"]')?.scrollTop ?? -1);
  check('a new answer after scrolling down by hand is shown from its top', scrolled > 0 && top === 0, `scrollTop ${scrolled} → ${top}`);

  // Deleting the whole query (Ctrl+A, Backspace) clears it as Esc does: the glossary sets the value instead of
  // letting the browser's editor delete the selection (which repaints the whole window, twice). A Backspace
  // that deletes less is the browser's own. A listener after the glossary's sees whether it took the key.
  await browser.execute(() => {
    window.addEventListener('beforeinput', (e) => {
      window.__lastBeforeInput = { type: e.inputType, taken: e.defaultPrevented };
    });
  });
  const lastBeforeInput = () => browser.execute(() => window.__lastBeforeInput ?? null);
  await browser.keys(['Backspace']);
  await browser.waitUntil(async () => (await search.getValue()) === 'd', { timeout: 5000, timeoutMsg: 'Backspace did not delete one character' });
  const one = await lastBeforeInput();
  check('Backspace deletes one character, by the browser', one?.type === 'deleteContentBackward' && one.taken === false, JSON.stringify(one));
  await browser.keys(['e']);
  await browser.waitUntil(async () => (await search.getValue()) === 'de', { timeout: 5000, timeoutMsg: 'e did not reach the search' });
  await browser.keys(['Control', 'a']);
  await browser.keys(['Control']);
  await browser.keys(['Backspace']);
  await browser.waitUntil(async () => (await search.getValue()) === '', { timeout: 5000, timeoutMsg: 'Ctrl+A, Backspace did not clear' });
  const all = await lastBeforeInput();
  await browser.waitUntil(async () => (await browser.$('[data-testid="glossary-count"]').getText()) === count, {
    timeout: 5000,
    timeoutMsg: 'the empty query did not list the concepts again',
  });
  check('Ctrl+A, Backspace clears the query as Esc does and lists the concepts again', all?.taken === true && (await rows()).length > 0, JSON.stringify(all));
  await browser.keys(['S']);
  await browser.waitUntil(async () => (await search.getValue()) === 'S' && (await rows()).length > 0, {
    timeout: 5000,
    timeoutMsg: 'typing after the clear did not start a new query',
  });
  check('typing after the clear starts a new query', (await browser.$('[data-testid="glossary-count"]').getText()) !== count);
  await browser.keys(['Escape']);
};
