// Agenda: the rehearsal clock at 14:20 event time shows Session 1, Presentation 1, its speaker and the
// session's terms; running late shifts the programme and undoes; a pinned person replaces the speaker card;
// the prep view shows a session's people and terms side by side.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTicks } from '../timeline-ticks.mjs';
import { rehearseAt } from '../rehearse.mjs';

export default async ({ browser, check, shot, root }) => {
  const event = JSON.parse(readFileSync(resolve(root, 'locales/event.json'), 'utf8'));
  const inSession = (id, s) => (event.glossary[id]?.sessions ?? []).includes(s);
  const $ = (sel) => browser.$(sel);

  // A previous run that stopped half way may have left shifts in the per-user state file.
  for (let i = 0; i < 20 && (await (await $('[data-testid="late-undo"]')).isEnabled()); i++) {
    await (await $('[data-testid="late-undo"]')).click();
    await browser.pause(100);
  }

  await rehearseAt(browser, '14:20');
  await browser.waitUntil(async () => (await (await $('[aria-current="true"]')).getAttribute('data-item')) === 's1-presentation-1', {
    timeout: 5000,
    timeoutMsg: 'current item not highlighted',
  });
  check('rehearsal clock at 14:20 highlights Session 1, Presentation 1', true);
  const eventTime = await (await $('[data-testid="event-time"]')).getText();
  check('the event clock shows 14:20 KST', /14:2\d:\d\d/.test(eventTime) && eventTime.includes('KST'), eventTime);
  check('clock mode is visible', (await (await $('[data-testid="clock-mode"]')).getAttribute('data-mode')) === 'rehearsal');
  const card = await $('[data-testid="region-speaker"] [data-testid="person-card"]');
  check('speaker card shows the current speaker', (await card.getAttribute('data-person')) === 'sabine-kuhlmann');
  const next = await $('[data-testid="next-speaker"] [data-testid="person-card"]');
  check('next speaker preview shows Presentation 2’s speaker', (await next.getAttribute('data-person')) === 'myung-jae-moon');
  check('the day timeline marks now', await (await $('[data-testid="timeline-now"]')).isExisting());
  const ticks = await checkTicks(browser, check, 'English, 100 %');
  check('at 1280 px every block start and the end are labelled', ticks === event.blocks.length + 1, `${ticks} labels`);
  await shot('timeline-ticks-en');

  // Empty glossary query (typed away key by key, so the component sees the input events): this session's
  // concepts first.
  const search = await $('[data-testid="glossary-search"]');
  await search.click();
  await browser.keys(['Control', 'a']);
  await browser.keys(['Control']);
  await browser.keys(['Backspace']);
  await browser.waitUntil(async () => (await search.getValue()) === '', { timeout: 3000 });
  await browser.pause(300);
  const rows = await browser.$$('[data-testid="glossary-row"]');
  const firstIds = [];
  for (const r of rows.slice(0, 5)) firstIds.push(await r.getAttribute('data-concept'));
  check(
    'the glossary lists Session 1 terms first',
    firstIds.length === 5 && firstIds.every((id) => inSession(id, 'session-1')),
    firstIds.join(', '),
  );

  // Running 7 minutes late, then undo.
  const minutes = await $('[data-testid="late-minutes"]');
  await minutes.clearValue();
  await minutes.setValue('7');
  await (await $('[data-testid="late-later"]')).click();
  const late = await $('[data-testid="late-state"]');
  await browser.waitUntil(async () => (await late.getAttribute('data-late-seconds')) === '420', { timeout: 5000, timeoutMsg: 'not 7 min late' });
  check('+7 min shows “running 7 min late”', (await late.getText()).includes('7'), await late.getText());
  const p2 = await $('[data-item="s1-presentation-2"]');
  check('Presentation 2 moves from 14:30 to 14:37', (await p2.getText()).includes('14:37'), (await p2.getText()).split('\n').join(' '));
  await (await $('[data-testid="late-undo"]')).click();
  await browser.waitUntil(async () => (await late.getAttribute('data-late-seconds')) === '0', { timeout: 5000, timeoutMsg: 'undo did not restore' });
  check('undo restores the programme', (await p2.getText()).includes('14:30'));

  // "Started now" on the next item: Presentation 2 starts at the rehearsal instant.
  await (await $('[data-item="s1-presentation-2"] [data-testid="mark-started"]')).click();
  await browser.waitUntil(async () => (await (await $('[aria-current="true"]')).getAttribute('data-item')) === 's1-presentation-2', {
    timeout: 5000,
    timeoutMsg: 'marked item did not become current',
  });
  check('“started now” makes the next item current and the programme run ahead', Number(await late.getAttribute('data-late-seconds')) < 0);
  await (await $('[data-testid="late-undo"]')).click();
  await browser.waitUntil(async () => (await late.getAttribute('data-late-seconds')) === '0', { timeout: 5000 });

  // Pin another person, then follow the agenda again.
  await (await $('[data-testid="pin-person"][data-person="pan-suk-kim"]')).click();
  check('a click pins another person', (await card.getAttribute('data-person')) === 'pan-suk-kim');
  await (await $('[data-testid="unpin"]')).click();
  check('unpinning follows the agenda again', (await (await $('[data-testid="region-speaker"] [data-testid="person-card"]')).getAttribute('data-person')) === 'sabine-kuhlmann');

  // Prep view for Session 2: its people and its terms side by side.
  await (await $('[data-testid="view-prep"]')).click();
  await (await $('[data-testid="prep-session"][data-session="session-2"]')).click();
  const terms = await browser.$$('[data-testid="prep-term"]');
  const termIds = [];
  for (const r of terms) termIds.push(await r.getAttribute('data-concept'));
  const expected = Object.keys(event.glossary).filter((id) => inSession(id, 'session-2'));
  check('prep view lists exactly Session 2’s terms', termIds.length === expected.length && termIds.every((id) => inSession(id, 'session-2')), `${termIds.length} of ${expected.length}`);
  const people = await browser.$$('[data-testid="prep"] [data-testid="person-card"]');
  const ids = [];
  for (const p of people) ids.push(await p.getAttribute('data-person'));
  check('prep view lists Session 2’s moderator and speakers', ids[0] === 'mi-kyoung-park' && ids.includes('deniz-susar'), ids.join(', '));
  await (await $('[data-testid="view-live"]')).click();
};
