// An item with several speakers (event.json `cospeakers`, as a schedule import writes them): the agenda row
// names them all, the speaker region shows the lead's card and the others under "Also speaking", in both UI
// languages. The pack is a scratch copy of the forum pack whose first presentation gets a co-speaker (test
// data only: the forum's programme names one speaker per talk).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyForum } from '../forum-copy.mjs';
import { rehearseAt } from '../rehearse.mjs';

let dir;

export const args = async ({ root }) => {
  dir = mkdtempSync(join(tmpdir(), 'booth-cospeakers-'));
  const event = JSON.parse(readFileSync(join(root, 'locales/event.json'), 'utf8'));
  const item = event.blocks.flatMap((b) => b.items).find((i) => i.id === 's1-presentation-1');
  item.cospeakers = ['hyeonuk-bak'];
  copyForum(root, dir);
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event, null, 2));
  return ['--pack', dir];
};

export const cleanup = () => dir && rmSync(dir, { recursive: true, force: true });

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  await rehearseAt(browser, '14:20');
  const current = await $('[data-testid="agenda-current"]');
  await browser.waitUntil(async () => (await current.getText()).length > 0, { timeout: 5000 });

  const row = await $('[data-testid="agenda-item"][data-item="s1-presentation-1"] [data-testid="agenda-who"]');
  const who = await row.getText();
  check('the agenda row names both speakers, lead first', /Kuhlmann.*Bak/.test(who), who);
  const co = await $('[data-testid="region-speaker"] [data-testid="cospeaker"]');
  check('the co-speaker has a card under "Also speaking"', (await co.isExisting()) && (await co.getText()).includes('Bak'), await co.getText().catch(() => ''));
  const region = await (await $('[data-testid="region-speaker"]')).getText();
  check('the region says "Also speaking"', region.toLowerCase().includes('also speaking'), region.slice(0, 200));
  await shot('cospeakers-en');

  await $('[data-testid="ui-locale-ko"]').click();
  await browser.waitUntil(async () => (await $('#h-glossary').getText()) === '용어집', { timeout: 5000 });
  const ko = await (await $('[data-testid="region-speaker"]')).getText();
  check('in Korean: 함께 발표 with the co-speaker’s card', ko.includes('함께 발표') && ko.includes('Bak'), ko.slice(0, 300));
  await shot('cospeakers-ko');
  await $('[data-testid="ui-locale-en-US"]').click();
  await (await $('[data-testid="real-clock"]')).click();

  // The organizer's item form shows (and edits) the co-speakers.
  await (await $('[data-testid="view-organize"]')).click();
  await (await $('[data-testid="org-tab-agenda"]')).click();
  const items = await browser.$$('[data-testid="org-item"]');
  for (const b of items) if ((await b.getText()).includes('Sabine Kuhlmann') || (await b.getText()).includes('Presentation 1')) { await b.click(); break; }
  const chosen = await browser.execute(() => [...(document.querySelector('[data-testid="item-cospeakers"]')?.selectedOptions ?? [])].map((o) => o.value));
  check('the item form has the co-speaker chosen', JSON.stringify(chosen) === '["hyeonuk-bak"]', JSON.stringify(chosen));
  await shot('cospeakers-organizer');
  await (await $('[data-testid="view-live"]')).click();
};
