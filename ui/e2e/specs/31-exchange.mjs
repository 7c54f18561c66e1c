// Organizer, issue 6: import a CSV with one conflict (preview, decide, apply, save, check the .ftl on disk),
// export the glossary to TBX v3, a bad file's positioned error, and a speaker review that leaves the pending
// list and lands in review.json on Save; closing the window with unsaved edits asks save / discard / cancel.
//
// Runs in a session of its own on a scratch copy of the forum pack (`args` below). The native file dialogs
// cannot be driven over WebDriver: debug builds read the answer from the file named by BOOTH_E2E_PICK
// (src-tauri/src/pick.rs), which run.mjs sets for the app; this spec writes the path it wants there before
// each click.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ScratchForum } from '../forum-copy.mjs';
import { dialogAnswers } from '../dialog.mjs';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const scratch = new ScratchForum('exchange');

export async function args({ root }) {
  const pack = scratch.make(root);
  // One new concept, and one conflict: `sdgs` with another Korean term; a column Booth has no name for.
  writeFileSync(
    join(scratch.dir, 'terms.csv'),
    'id,en-US,ko,ko note,sessions,Owner\ne2e-net-zero,Net zero,탄소중립,e2e 가져오기,session-2,J. Kim\nsdgs,Sustainable Development Goals,지속가능개발목표,,,\n',
  );
  writeFileSync(join(scratch.dir, 'bad.tbx'), '<martif>\n  <text><body>\n    <termEntry id="x">\n</martif>\n');
  return ['--pack', pack];
}

export const cleanup = scratch.cleanup;

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const answer = dialogAnswers(check);
  if (!answer) return;
  const pack = scratch.pack;
  const ko = join(pack, 'ko/forum/glossary.ftl');
  const state = async () => (await $('[data-testid="org-state"]')).getAttribute('data-dirty');
  const waitState = (dirty, msg) => browser.waitUntil(async () => (await state()) === String(dirty), { timeout: 8000, timeoutMsg: msg });

  await (await $('[data-testid="view-organize"]')).click();
  await (await $('[data-testid="org-tab-exchange"]')).click();
  await (await $('[data-testid="exchange"]')).waitForDisplayed({ timeout: 5000 });

  // Import: preview with one new concept and one conflict.
  answer(join(scratch.dir, 'terms.csv'));
  await (await $('[data-testid="import-pick"]')).click();
  const preview = await $('[data-testid="import-preview"]');
  await preview.waitForDisplayed({ timeout: 10000 });
  const summary = await $('[data-testid="import-summary"]');
  check(
    'import preview: one new concept, one conflict',
    (await summary.getAttribute('data-added')) === '1' && (await summary.getAttribute('data-conflicts')) === '1',
    await summary.getText(),
  );
  const conflict = await $('[data-testid="import-conflict"][data-concept="sdgs"]');
  const ctext = await conflict.getText();
  check('the conflict shows the pack’s and the file’s Korean term', ctext.includes('지속가능발전목표') && ctext.includes('지속가능개발목표'), ctext);
  check('an import preview changes nothing', (await state()) === 'false' && !readFileSync(ko, 'utf8').includes('탄소중립'));
  await shot('exchange-preview');

  // The column Booth does not know is listed with its values; the user folds it into the English note.
  const column = await $('[data-testid="import-column"][data-field="owner"]');
  const coltext = await column.getText();
  check('the unknown column is listed with its values, kept by default', coltext.includes('Owner') && coltext.includes('J. Kim') && (await (await column.$('select')).getValue()) === 'keep', coltext);
  await (await column.$('select')).selectByAttribute('value', 'note');
  await browser.waitUntil(async () => (await (await $('[data-testid="import-column"][data-field="owner"] select')).getValue()) === 'note', { timeout: 5000, timeoutMsg: 'the choice did not stick' });
  await shot('exchange-columns');

  // Take the file's version of the conflict and apply: unsaved until Save.
  await (await conflict.$('[data-testid="conflict-take"]')).click();
  await (await $('[data-testid="import-apply"]')).click();
  await waitState(true, 'the import did not mark the pack unsaved');
  check('an applied import is not on disk before Save', !readFileSync(ko, 'utf8').includes('탄소중립'));
  const msg = await (await $('[data-testid="org-message"]')).getText();
  check('the organizer says what was imported', /1/.test(msg), msg);
  await (await $('[data-testid="org-save"]')).click();
  await waitState(false, 'save did not finish');
  const saved = readFileSync(ko, 'utf8');
  check(
    'Save writes the new concept and the taken conflict to ko/forum/glossary.ftl',
    saved.includes('concept-e2e-net-zero = 탄소중립') && saved.includes('concept-sdgs = 지속가능개발목표'),
  );
  const savedEn = readFileSync(join(pack, 'en-US/forum/glossary.ftl'), 'utf8');
  check('the unknown column went where the user chose: the English note', savedEn.includes('Owner: J. Kim') && !savedEn.includes('.owner'), savedEn.slice(savedEn.indexOf('concept-e2e-net-zero'), savedEn.indexOf('concept-e2e-net-zero') + 120));

  // Export to TBX v3.
  const out = join(scratch.dir, 'glossary.tbx');
  answer(out);
  await (await $('[data-testid="export-format"]')).selectByAttribute('value', 'tbx3');
  await (await $('[data-testid="export-run"]')).click();
  await (await $('[data-testid="export-done"]')).waitForDisplayed({ timeout: 10000 });
  const tbx = existsSync(out) ? readFileSync(out, 'utf8') : '';
  check('export writes TBX v3 with the imported concept', tbx.includes('<tbx ') && tbx.includes('concept-e2e-net-zero') && tbx.includes('탄소중립'));
  await shot('exchange-exported');

  // A broken file: the core's message with file, line and column.
  answer(join(scratch.dir, 'bad.tbx'));
  await (await $('[data-testid="import-pick"]')).click();
  const err = await $('[data-testid="exchange-error"]');
  await err.waitForDisplayed({ timeout: 10000 });
  const etext = await err.getText();
  check('a broken TBX is reported as bad.tbx:line:col', /^bad\.tbx:4:\d+/.test(etext), etext);
  await shot('exchange-error');

  // A large file: 20,000 new concepts. The preview lists the first 100 (more on demand), and Cancel
  // leaves the pack alone.
  const big = join(scratch.dir, 'big.csv');
  const rows = ['id,en-US,ko'];
  for (let i = 0; i < 20000; i++) rows.push(`e2e-big-${i},Big term ${i},큰 용어 ${i}`);
  writeFileSync(big, rows.join('\n') + '\n');
  answer(big);
  const t0 = Date.now();
  await (await $('[data-testid="import-pick"]')).click();
  await browser.waitUntil(async () => (await (await $('[data-testid="import-summary"]')).getAttribute('data-added').catch(() => null)) === '20000', {
    timeout: 60000,
    timeoutMsg: 'no preview of the large file',
  });
  const ms = Date.now() - t0;
  const listed = await browser.$$('[data-testid="import-added"] li');
  check('a 20,000-row file previews, listing 100 rows', listed.length === 100, `${ms} ms from click to preview`);
  await shot('exchange-large');
  await (await $('[data-testid="import-cancel"]')).click();
  check('Cancel leaves the pack unchanged', (await state()) === 'false');

  // Speaker review: Deniz Susar marks 세계은행 preferred with a comment.
  await (await $('[data-testid="org-tab-review"]')).click();
  await (await $('[data-testid="review"]')).waitForDisplayed({ timeout: 5000 });
  await (await $('[data-testid="review-session"]')).selectByAttribute('value', 'session-2');
  await (await $('[data-testid="review-speaker"]')).selectByAttribute('value', 'deniz-susar');
  const pendingBefore = Number(await (await $('[data-testid="review-pending"]')).getAttribute('data-count'));
  const row = await $('[data-testid="review-concept"][data-concept="world-bank"] [data-testid="review-rendering"][data-locale="ko"][data-term="세계은행"]');
  await row.scrollIntoView();
  await (await row.$('[data-testid="review-comment"]')).setValue('발표 자료 표기');
  await (await row.$('[data-testid="review-preferred"]')).click();
  await browser.waitUntil(async () => (await row.getAttribute('data-status')) === 'preferred', { timeout: 5000, timeoutMsg: 'verdict not shown' });
  const pendingAfter = Number(await (await $('[data-testid="review-pending"]')).getAttribute('data-count'));
  check('a verdict leaves the pending list', pendingAfter === pendingBefore - 1, `${pendingBefore} → ${pendingAfter}`);
  const group = await $('[data-testid="pending-group"][data-session="session-2"][data-reviewer="deniz-susar"]');
  check('organizers see the speaker’s pending reviews', (await group.isExisting()) && Number(await group.getAttribute('data-count')) > 0);
  await waitState(true, 'the review did not mark the pack unsaved');
  await shot('review');
  await (await $('[data-testid="org-save"]')).click();
  await waitState(false, 'save of the review did not finish');
  const review = existsSync(join(pack, 'review.json')) ? JSON.parse(readFileSync(join(pack, 'review.json'), 'utf8')) : {};
  const verdict = review.reviews?.['world-bank']?.ko?.['세계은행']?.['deniz-susar'];
  check('Save writes the verdict and comment to review.json', verdict?.status === 'preferred' && verdict?.comment === '발표 자료 표기', JSON.stringify(verdict));

  // The same screen in Korean.
  await browser.keys(['Alt', 'l']);
  await browser.keys(['Alt']);
  await browser.waitUntil(async () => (await (await $('[data-testid="org-tab-review"]')).getText()) === '연사 검토', { timeout: 5000, timeoutMsg: 'UI did not switch to Korean' });
  await shot('review-ko');
  await (await $('[data-testid="org-tab-exchange"]')).click();
  await shot('exchange-ko');
  await browser.keys(['Alt', 'l']);
  await browser.keys(['Alt']);

  // Closing the window with unsaved edits asks first. The close request is what a window manager's close
  // button sends (tools/wm-close.c); Cancel keeps the window and the edit, Save and close writes it. Last,
  // because the app is gone afterwards.
  await (await $('[data-testid="org-tab-review"]')).click();
  await (await $('[data-testid="review-session"]')).selectByAttribute('value', 'session-2');
  await (await $('[data-testid="review-speaker"]')).selectByAttribute('value', 'deniz-susar');
  const wb = await $('[data-testid="review-concept"][data-concept="world-bank"] [data-testid="review-rendering"][data-locale="ko"][data-term="월드뱅크"]');
  await wb.scrollIntoView();
  await (await wb.$('[data-testid="review-deprecated"]')).click();
  await waitState(true, 'the second review did not mark the pack unsaved');
  const tool = join(scratch.dir, 'wm-close');
  const built = spawnSync('cc', ['-O', '-o', tool, join(here, '../tools/wm-close.c'), '-lX11'], { encoding: 'utf8' });
  if (built.status !== 0) {
    check('close guard: build tools/wm-close.c (needs cc and libx11-dev)', false, built.stderr || String(built.error));
    return;
  }
  const closeWindow = () => spawnSync(tool, ['Booth'], { encoding: 'utf8' });
  let sent = closeWindow();
  const dialog = await $('[data-testid="close-dialog"]');
  await dialog.waitForDisplayed({ timeout: 5000 }).catch(() => {});
  check('closing with unsaved edits asks save / discard / cancel', await dialog.isDisplayed().catch(() => false), sent.stderr);
  await shot('close-dialog');
  await (await $('[data-testid="close-cancel"]')).click();
  check('Cancel keeps the window and the unsaved edit', !(await dialog.isExisting()) && (await state()) === 'true');
  sent = closeWindow();
  await dialog.waitForDisplayed({ timeout: 5000 });
  await (await $('[data-testid="close-save"]')).click();
  let written = null;
  for (let i = 0; i < 50 && !written; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const r = JSON.parse(readFileSync(join(pack, 'review.json'), 'utf8'));
    written = r.reviews?.['world-bank']?.ko?.['월드뱅크']?.['deniz-susar'] ?? null;
  }
  check('Save and close writes the unsaved edit before the window goes', written?.status === 'deprecated', JSON.stringify(written));
  let gone = false;
  for (let i = 0; i < 50 && !gone; i++) {
    await new Promise((r) => setTimeout(r, 100));
    gone = closeWindow().status === 1; // no window titled Booth any more
  }
  check('and then the window closes', gone);
};
