// Issue 19, in the real window: a session's documents — a PDF, a DOCX and a PPTX generated here — added
// through the shell's dialog, one read with glossary terms, a name and a converted number marked, candidate
// terms accepted (the concept appears in the session's glossary and on disk) and dismissed (by keyboard), and
// a drill card revealed, graded and saved beside the pack; a speech in both languages gives term pairs.
// Screenshots in English and Korean.
//
// Runs in a session of its own on a scratch copy of the forum pack (`args`). The native file dialog is
// answered through BOOTH_E2E_PICK (src-tauri/src/pick.rs), as in 31-exchange.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialogAnswers } from '../dialog.mjs';
import { ScratchForum } from '../forum-copy.mjs';
import { docx, pdf, pptx } from '../tools/documents.mjs';

const scratch = new ScratchForum('documents');

export async function args({ root }) {
  const pack = scratch.make(root);
  const files = join(scratch.dir, 'files');
  mkdirSync(files);
  writeFileSync(
    join(files, 'opening-remarks.pdf'),
    pdf([
      'Opening remarks by Pan Suk Kim',
      'Participatory budgeting councils (PBCs) help local governments listen to residents.',
      'Participatory budgeting councils met in every district last year.',
      'The Sustainable Development Goals need digital public infrastructure.',
      'The fund holds 350 million dollars.',
    ]),
  );
  writeFileSync(
    join(files, 'panel-notes.docx'),
    docx([
      '재난안전 거점센터는 지방정부의 핵심입니다.',
      '재난안전 거점센터가 확대됩니다.',
      '예산은 3억 5천만 원입니다.',
      // A document's text is shown as text: markup in it stays visible and inert.
      '<img src=x onerror="document.title=\'pwned\'"> <b>not bold</b>',
    ]),
  );
  writeFileSync(
    join(files, 'city-slides.pptx'),
    pptx(['Disaster resilience hubs\nDisaster resilience hubs share data', 'Smart mobility corridors\nSmart mobility corridors link districts']),
  );
  writeFileSync(join(files, 'broken.pptx'), 'this is not a zip file');
  // One speech in English and in Korean: term pairs from their aligned sentences.
  writeFileSync(
    join(files, 'flood-speech-en.txt'),
    'Flood barriers protect the river towns.\nThe flood barriers failed in the storm of 2020.\nThe river towns rebuilt their bridges.\n',
  );
  writeFileSync(
    join(files, 'flood-speech-ko.txt'),
    '홍수 방벽은 강변 마을을 보호한다.\n홍수 방벽은 2020년 폭풍 때 무너졌다.\n강변 마을은 다리를 다시 지었다.\n',
  );
  return ['--pack', pack];
}

export const cleanup = scratch.cleanup;

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const answer = dialogAnswers(check);
  if (!answer) return;
  const pack = scratch.pack;
  const files = join(scratch.dir, 'files');
  // Texts of every match, one after the other (a failing read must not leave other reads unhandled).
  const texts = async (sel, attr) => {
    const out = [];
    for (const e of await browser.$$(sel)) out.push(attr ? await e.getAttribute(attr) : await e.getText());
    return out;
  };
  const step = (what) => process.env.BOOTH_E2E_TRACE && console.log(`47-documents: ${what}`);
  const waitText = (sel, test, msg, timeout = 10000) =>
    browser.waitUntil(
      async () => {
        const el = await $(sel);
        return (await el.isExisting()) && test(await el.getText());
      },
      { timeout, timeoutMsg: msg },
    );

  await (await $('[data-testid="view-prep"]')).click();
  await (await $('[data-testid="prep-session"][data-session="session-1"]')).click();
  await (await $('[data-testid="prep-mode-documents"]')).click();
  await (await $('[data-testid="doc-add"]')).waitForDisplayed({ timeout: 5000 });

  step('Add the three document');
  // Add the three documents through the dialog.
  for (const name of ['opening-remarks.pdf', 'panel-notes.docx', 'city-slides.pptx']) {
    answer(join(files, name));
    await (await $('[data-testid="doc-add"]')).click();
    const item = await $(`[data-testid="doc-item"][data-name="${name}"]`);
    await item.waitForExist({ timeout: 15000 }).catch(() => {});
    check(`${name} is added to the session`, await item.isExisting());
  }
  const listed = await texts('[data-testid="doc-item"]');
  check(
    'each document shows its format',
    listed.some((t) => t.includes('opening-remarks.pdf') && t.includes('PDF')) &&
      listed.some((t) => t.includes('panel-notes.docx') && t.includes('Word')) &&
      listed.some((t) => t.includes('city-slides.pptx') && t.includes('PowerPoint')),
    listed.join(' | '),
  );
  check('the originals and their text are kept in the pack', existsSync(join(pack, 'documents/city-slides.pptx')) && existsSync(join(pack, 'documents/opening-remarks.pdf.txt')));

  step('A broken file');
  // A broken file: a clear error naming it, nothing kept.
  answer(join(files, 'broken.pptx'));
  await (await $('[data-testid="doc-add"]')).click();
  await waitText('[data-testid="doc-error"]', (t) => t.includes('broken.pptx'), 'no error naming broken.pptx').catch(() => {});
  const err = await (await $('[data-testid="doc-error"]')).getText().catch(() => '');
  check('a broken document is a clear error naming the file', err.includes('broken.pptx'), err);
  check('nothing of the broken file is kept', !existsSync(join(pack, 'documents/broken.pptx')));

  step('Read the PDF');
  // Read the PDF: terms, a person's name and a converted number marked; the name opens the card.
  await (await $('[data-testid="doc-item"][data-name="opening-remarks.pdf"]')).click();
  await waitText('[data-testid="doc-text"]', (t) => t.includes('Participatory budgeting'), 'the PDF text is not shown').catch(() => {});
  const terms = await texts('[data-testid="doc-mark-term"]');
  check('glossary terms are marked in the reading', terms.length > 0, terms.join(', '));
  const converted = await texts('[data-testid="doc-converted"]');
  check('350 million dollars is converted into Korean beside it', converted.some((c) => c.includes('3억 5천만')), converted.join(', '));
  const person = await $('[data-testid="doc-mark-person"]');
  check('a speaker’s name is linked', await person.isExisting(), await person.getText().catch(() => ''));
  if (await person.isExisting()) {
    await person.click();
    const card = await $('[data-testid="doc-person"] [data-testid="person-card"]');
    await card.waitForDisplayed({ timeout: 5000 }).catch(() => {});
    check('the name opens the person’s card', (await card.getAttribute('data-person').catch(() => '')) === 'pan-suk-kim');
  }
  await shot('documents-read-en');

  step('Candidates:');
  // Candidates: accept one (it becomes a concept of the session, saved), dismiss another by keyboard.
  const pbc = '[data-testid="doc-candidate"][data-key="participatory budgeting council"]';
  await (await $(pbc)).waitForExist({ timeout: 10000 }).catch(() => {});
  const pbcText = await (await $(pbc)).getText().catch(() => '');
  check('the candidate shows its acronym, score and context line', pbcText.includes('PBCs') && /\d\.\d\d/.test(pbcText) && pbcText.includes('opening-remarks.pdf'), pbcText);
  await shot('documents-candidates-en');
  await (await $(`${pbc} [data-testid="doc-accept"]`)).click();
  await waitText('[data-testid="doc-candidates-message"]', (t) => t.includes('Participatory budgeting councils'), 'no accepted message').catch(() => {});
  const en = readFileSync(join(pack, 'en-US/forum/glossary.ftl'), 'utf8');
  check('the accepted term is saved in the English glossary', en.includes('concept-participatory-budgeting-councils = Participatory budgeting councils'));
  check('the accepted candidate leaves the list', !(await (await $(pbc)).isExisting()));

  await shot('documents-accepted-en');
  // Fill in the other language: the accepted concept opens in the organizer's form.
  await (await $('[data-testid="doc-edit-accepted"]')).click();
  const idField = await $('[data-testid="concept-id"]');
  await idField.waitForDisplayed({ timeout: 5000 }).catch(() => {});
  check('“Fill in the other language” opens the new concept in the organizer', (await idField.getValue().catch(() => '')) === 'participatory-budgeting-councils');
  const koTerm = await $('[data-testid="concept-term-ko"]');
  check('its Korean term is left to fill in', (await koTerm.getValue().catch(() => 'x')) === '');
  await koTerm.setValue('주민참여예산위원회');
  await (await $('[data-testid="concept-apply"]')).click();
  await (await $('[data-testid="org-save"]')).click();
  await browser
    .waitUntil(() => readFileSync(join(pack, 'ko/forum/glossary.ftl'), 'utf8').includes('주민참여예산위원회'), { timeout: 8000 })
    .catch(() => {});
  check('the Korean term is saved', readFileSync(join(pack, 'ko/forum/glossary.ftl'), 'utf8').includes('concept-participatory-budgeting-councils = 주민참여예산위원회'));
  await (await $('[data-testid="view-prep"]')).click();
  await (await $('[data-testid="prep-mode-documents"]')).click();
  await (await $('[data-testid="doc-candidate"]')).waitForExist({ timeout: 5000 }).catch(() => {});

  const keys = await texts('[data-testid="doc-candidate"]', 'data-key');
  const second = keys[1];
  await browser.execute(() => document.querySelector('[data-testid="doc-candidate-list"]')?.focus());
  await browser.keys(['ArrowDown']);
  await browser.keys(['d']);
  await browser
    .waitUntil(async () => !(await (await $(`[data-testid="doc-candidate"][data-key="${second}"]`)).isExisting()), { timeout: 5000 })
    .catch(() => {});
  const dismissed = existsSync(join(pack, 'documents/dismissed.json')) ? readFileSync(join(pack, 'documents/dismissed.json'), 'utf8') : '';
  check('↓ then D dismisses the second candidate for this pack', !!second && dismissed.includes(second), `${second} → ${dismissed}`);

  step('The new concept');
  // The new concept is in the session's glossary.
  await (await $('[data-testid="prep-mode-session"]')).click();
  const row = await $('[data-testid="prep-term"][data-concept="participatory-budgeting-councils"]');
  await row.waitForExist({ timeout: 5000 }).catch(() => {});
  check('the accepted term appears in the session’s glossary', await row.isExisting());

  step('Drill, keyboard');
  // Drill, keyboard only: reveal, grade Good; then a wrong typed answer, graded Again.
  await (await $('[data-testid="prep-mode-drill"]')).click();
  await (await $('[data-testid="drill-prompt"]')).waitForDisplayed({ timeout: 5000 }).catch(() => {});
  const progress = async () => (await (await $('[data-testid="drill-progress"]')).getText().catch(() => ''));
  check('the drill starts with no card seen', (await progress()).startsWith('0 of'), await progress());
  await browser.keys(['Enter']);
  await (await $('[data-testid="drill-solution"]')).waitForDisplayed({ timeout: 5000 }).catch(() => {});
  check('Enter on an empty answer reveals it', await (await $('[data-testid="drill-solution"]')).isDisplayed().catch(() => false));
  await shot('drill-en');
  // Grades with `keys`; whether the progress then counts `n` cards seen.
  const gradeTo = async (keys, n, msg) => {
    await browser.keys(keys);
    await waitText('[data-testid="drill-progress"]', (t) => t.startsWith(`${n} of`), msg).catch(() => {});
    return (await progress()).startsWith(`${n} of`);
  };
  check('3 grades Good and shows the next card', await gradeTo(['3'], 1, 'grading did not count'), await progress());
  await browser.keys(['z', 'z', 'z', 'Enter']);
  await (await $('[data-testid="drill-wrong"]')).waitForDisplayed({ timeout: 5000 }).catch(() => {});
  check('a wrong typed answer is told so', await (await $('[data-testid="drill-wrong"]')).isDisplayed().catch(() => false));
  await gradeTo(['1'], 2, 'the second grade did not count');
  // Numbers from the documents are mixed in among the terms: the fifth card converts the PDF's amount.
  for (const n of [3, 4]) {
    await browser.keys(['Enter']);
    await (await $('[data-testid="drill-solution"]')).waitForDisplayed({ timeout: 5000 }).catch(() => {});
    await gradeTo(['3'], n, `card ${n} was not graded`);
  }
  const numberPrompt = await (await $('[data-testid="drill-prompt"]')).getText().catch(() => '');
  check('a number card from the documents comes fifth', numberPrompt === '350 million dollars', numberPrompt);
  await browser.keys(['3', '억', ' ', '5', '천', '만', ' ', '달', '러', 'Enter']);
  await (await $('[data-testid="drill-right"]')).waitForDisplayed({ timeout: 5000 }).catch(() => {});
  check('the Korean amount typed is right', await (await $('[data-testid="drill-right"]')).isDisplayed().catch(() => false));
  await shot('drill-number-en');
  check('Enter takes the proposed grade (Good)', await gradeTo(['Enter'], 5, 'Enter did not take the proposed grade'), await progress());

  // The whole pack's deck is larger than the session's, with the same progress file.
  const cardsIn = (t) => Number(/of (\d+)/.exec(t)?.[1] ?? 0);
  const sessionCards = cardsIn(await progress());
  await (await $('[data-testid="prep-whole-pack"]')).click();
  await browser.waitUntil(async () => cardsIn(await progress()) > sessionCards, { timeout: 5000 }).catch(() => {});
  check('the whole pack drills more cards than the session', cardsIn(await progress()) > sessionCards, `${sessionCards} → ${await progress()}`);
  await (await $('[data-testid="prep-whole-pack"]')).click();
  const file = join(scratch.dir, 'pack.booth-drill.json');
  check('progress is saved beside the pack', existsSync(file) && Object.values(JSON.parse(readFileSync(file, 'utf8')).users ?? {}).some((u) => Object.keys(u).length === 5));

  step('The same screens in Ko');
  // The same screens in Korean.
  await (await $('[data-testid="ui-locale-ko"]')).click();
  await waitText('#h-prep-drill', (t) => t === '암기 연습', 'the drill is not in Korean', 5000).catch(() => {});
  check('the drill speaks Korean', (await (await $('#h-prep-drill')).getText().catch(() => '')) === '암기 연습');
  await (await $('[data-testid="drill-input"]')).click();
  await browser.keys(['Enter']);
  await (await $('[data-testid="drill-solution"]')).waitForDisplayed({ timeout: 5000 }).catch(() => {});
  await shot('drill-ko');
  await (await $('[data-testid="prep-mode-documents"]')).click();
  await (await $('[data-testid="doc-item"][data-name="panel-notes.docx"]')).click();
  await waitText('[data-testid="doc-text"]', (t) => t.includes('재난안전'), 'the DOCX text is not shown').catch(() => {});
  const koConverted = await texts('[data-testid="doc-converted"]');
  check('3억 5천만 원 is converted into English beside it', koConverted.some((c) => c.includes('350 million')), koConverted.join(', '));
  const shown = await (await $('[data-testid="doc-text"]')).getText();
  const injected = await browser.execute(() => document.querySelectorAll('[data-testid="doc-text"] img, [data-testid="doc-text"] b').length);
  check(
    'markup in a document is shown as text, never rendered',
    shown.includes('<img src=x') && shown.includes('<b>not bold</b>') && injected === 0 && (await browser.getTitle()) !== 'pwned',
    `${injected} elements`,
  );
  check('the documents panel speaks Korean', (await (await $('#h-prep-docs')).getText()).startsWith('자료'));
  await shot('documents-ko');
  await (await $('[data-testid="doc-item"][data-name="city-slides.pptx"]')).click();
  await waitText('[data-testid="doc-text"]', (t) => t.includes('Disaster resilience hubs'), 'the PPTX text is not shown').catch(() => {});
  check('the PPTX slides are read', (await (await $('[data-testid="doc-text"]')).getText()).includes('Smart mobility corridors'));
  await shot('documents-ko-pptx');

  step('Term pairs');
  // A speech in both languages: the pairs of its aligned sentences, with one sentence pair as evidence.
  for (const name of ['flood-speech-en.txt', 'flood-speech-ko.txt']) {
    answer(join(files, name));
    await (await $('[data-testid="doc-add"]')).click();
    await (await $(`[data-testid="doc-item"][data-name="${name}"]`)).waitForExist({ timeout: 15000 }).catch(() => {});
  }
  await (await $('[data-testid="doc-item"][data-name="flood-speech-en.txt"]')).click();
  await waitText('[data-testid="doc-text"]', (t) => t.includes('Flood barriers'), 'the English speech is not shown').catch(() => {});
  await (await $('[data-testid="doc-pairs"] summary')).click();
  await (await $('[data-testid="doc-pairs-other"]')).selectByAttribute('value', 'flood-speech-ko.txt');
  await (await $('[data-testid="doc-pair"]')).waitForExist({ timeout: 10000 }).catch(() => {});
  const pairs = await texts('[data-testid="doc-pair"]');
  check(
    'the speech and its translation give the pairs flood barriers = 홍수 방벽 and river towns = 강변 마을',
    pairs.length === 2 && pairs[0].includes('flood barriers = 홍수 방벽') && pairs[1].includes('river towns = 강변 마을'),
    pairs.join(' | '),
  );
  check('each pair shows an aligned sentence pair', pairs[0]?.includes('Flood barriers protect') && pairs[0]?.includes('홍수 방벽은 강변 마을을'), pairs[0]);
  await shot('documents-pairs-ko');
  await (await $('[data-testid="ui-locale-en-US"]')).click();
  await (await $('[data-testid="view-live"]')).click();
};
