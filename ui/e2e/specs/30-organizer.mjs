// Organizer: the locale-check panel, editing a concept, saving it to the pack folder, undo with Ctrl+Z, live
// reload when another program changes the folder, a conflict that is never overwritten, and the booth sheet.
//
// Editing needs a pack folder: run with BOOTH_E2E_ARGS="--pack DIR" where DIR is a temporary copy of the
// forum pack (event.json and */forum/*.ftl of locales/). On the built-in pack the spec checks that the
// organizer is read-only and says so.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const args = process.env.BOOTH_E2E_ARGS?.split(' ').filter(Boolean) ?? [];
  const dir = args.includes('--pack') ? args[args.indexOf('--pack') + 1] : null;
  const state = async () => (await $('[data-testid="org-state"]')).getAttribute('data-dirty');
  const waitState = (dirty, msg) => browser.waitUntil(async () => (await state()) === String(dirty), { timeout: 8000, timeoutMsg: msg });

  await (await $('[data-testid="view-organize"]')).click();
  await (await $('[data-testid="check-panel"]')).waitForDisplayed({ timeout: 5000 });
  await browser.waitUntil(async () => (await $('[data-testid="check-summary"]')).isExisting(), { timeout: 15000, timeoutMsg: 'check did not finish' });
  const summary = await $('[data-testid="check-summary"]');
  check('check panel shows booth check’s totals for the pack', (await summary.getAttribute('data-errors')) === '0', await summary.getText());
  await shot('organizer-check');

  if (!dir) {
    const text = await (await $('[data-testid="org-state"]')).getText();
    check('built-in pack: organizer says read-only (run with --pack DIR to test editing)', /read-only|읽기 전용/i.test(text), text);
    await (await $('[data-testid="view-live"]')).click();
    return;
  }
  const ko = join(dir, 'ko/forum/glossary.ftl');
  const en = join(dir, 'en-US/forum/glossary.ftl');

  // Edit the SDGs concept's Korean note and save it.
  await (await $('[data-testid="org-tab-glossary"]')).click();
  await (await $('[data-testid="org-filter"]')).setValue('SDGs');
  await (await $('[data-testid="org-concept"][data-concept="sdgs"]')).click();
  const note = await $('[data-testid="concept-note-ko"]');
  await note.clearValue();
  await note.setValue('e2e 메모: 유엔 2030 의제');
  await (await $('[data-testid="concept-apply"]')).click();
  await waitState(true, 'the edit did not mark the pack unsaved');
  check('an applied edit is unsaved, not yet on disk', !readFileSync(ko, 'utf8').includes('e2e 메모'));
  await shot('organizer-edit-concept');
  await (await $('[data-testid="org-save"]')).click();
  await waitState(false, 'save did not finish');
  check('Save writes the concept to the pack folder', readFileSync(ko, 'utf8').includes('e2e 메모: 유엔 2030 의제'));

  // Ctrl+Z (outside a text field) undoes the edit; saving writes the undo.
  await (await $('[data-testid="org-tab-glossary"]')).click();
  await browser.keys(['Control', 'z']);
  await browser.keys(['Control']);
  await waitState(true, 'Ctrl+Z did not undo');
  await browser.keys(['Control', 's']);
  await browser.keys(['Control']);
  await waitState(false, 'Ctrl+S did not save');
  check('Ctrl+Z undoes and Ctrl+S saves the undo', !readFileSync(ko, 'utf8').includes('e2e 메모'));

  // Someone else changes the folder: the watcher reloads the pack by itself.
  appendFileSync(en, '\nconcept-e2e-only-english = Only in English\n');
  await browser.waitUntil(async () => /e2e|Reloaded|다시 불러옴/.test(await (await $('[data-testid="org-message"]')).getText().catch(() => '')), {
    timeout: 8000,
    timeoutMsg: 'no live reload after an outside change',
  });
  check('an outside change reloads live', true, await (await $('[data-testid="org-message"]')).getText());
  await (await $('[data-testid="org-tab-check"]')).click();
  await browser.waitUntil(async () => (await $('[data-testid="check-summary"]')).isExisting(), { timeout: 15000 });
  const findings = await browser.$$('[data-testid="finding"]');
  check('the check panel reports the outside change', findings.length > 0, `${findings.length} findings`);
  await shot('organizer-check-findings');
  const jumpers = await browser.$$('[data-testid="finding-jump"]');
  if (jumpers.length) {
    await jumpers[0].click();
    check('a finding jumps to its entry', (await (await $('[data-testid="org-tab-glossary"]')).getAttribute('aria-selected')) === 'true');
  } else check('a finding jumps to its entry', false, 'no jumpable finding');

  // A conflict: we edit SDGs, someone else edits the same entry on disk; saving must not overwrite theirs.
  await (await $('[data-testid="org-tab-glossary"]')).click();
  await (await $('[data-testid="org-filter"]')).clearValue();
  await (await $('[data-testid="org-filter"]')).setValue('SDGs');
  await (await $('[data-testid="org-concept"][data-concept="sdgs"]')).click();
  await (await $('[data-testid="concept-note-ko"]')).setValue('우리 편집');
  await (await $('[data-testid="concept-apply"]')).click();
  await waitState(true, 'second edit not applied');
  const theirs = readFileSync(ko, 'utf8').replace('concept-sdgs = 지속가능발전목표', 'concept-sdgs = 지속가능발전목표(SDGs)');
  writeFileSync(ko, theirs);
  await browser.pause(1200); // let the watcher see it (it reports the conflict, and changes nothing)
  await (await $('[data-testid="org-save"]')).click();
  await (await $('[data-testid="conflict"]')).waitForDisplayed({ timeout: 5000 });
  check('saving over an outside change stops with the conflict', readFileSync(ko, 'utf8') === theirs);
  const table = await (await $('[data-testid="conflict-file"]')).getText();
  check('the conflict shows their text and ours for the entry', table.includes('concept-sdgs') && table.includes('지속가능발전목표(SDGs)') && table.includes('우리 편집'));
  await shot('organizer-conflict');
  await (await $('[data-testid="conflict-merge"]')).click();
  await browser.waitUntil(async () => !(await (await $('[data-testid="conflict"]')).isExisting()), { timeout: 5000 });
  await (await $('[data-testid="org-save"]')).click();
  await waitState(false, 'save after merge failed');
  const merged = readFileSync(ko, 'utf8');
  // Both sides changed the same entry; "merge" with the default choice (keep mine) keeps ours for it.
  check('merge writes our version of the contested entry', merged.includes('우리 편집') && !merged.includes('지속가능발전목표(SDGs)'));

  // The booth sheet.
  await (await $('[data-testid="org-tab-sheet"]')).click();
  await (await $('[data-testid="sheet-session"]')).selectByAttribute('value', 'session-2');
  const terms = await browser.$$('[data-testid="sheet-term"]');
  check('booth sheet lists the session’s terms in both languages', terms.length > 5 && (await terms[0].getText()).length > 0, `${terms.length} terms`);
  await shot('organizer-sheet');
  // The page as the webview has it, for printing outside the window (scripts/ or by hand: Chromium's
  // --print-to-pdf with ui/dist's stylesheet applies the same print CSS).
  if (process.env.BOOTH_E2E_SHEET_HTML) {
    const html = await browser.execute(() => document.documentElement.outerHTML);
    writeFileSync(process.env.BOOTH_E2E_SHEET_HTML, html);
  }
  await (await $('[data-testid="view-live"]')).click();
};
