// Names on the Korean side: a foreign speaker's card says the Korean reading with its honorific after it,
// marks it 한글 표기 (a reading, not an official name) and keeps the original spelling beside it; a
// professor's title is not repeated; a Korean name known only in romanization gets no 님.
import { rehearseAt } from '../rehearse.mjs';

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  await (await $('[data-testid="view-live"]')).click();
  await rehearseAt(browser, '14:20');
  await $('[data-testid="ui-locale-ko"]').click();
  await browser.waitUntil(async () => (await $('#h-glossary').getText()) === '용어집', { timeout: 5000 });

  const ko = (what) => $(`[data-testid="region-speaker"] [data-testid="person-card"] [lang="ko"] [data-testid="${what}"]`);
  const address = await (await ko('person-address')).getText();
  check('Korean card says the reading with the honorific after it', address.startsWith('자비네 쿨만 교수'), address);
  check('the reading is marked 한글 표기', (await (await ko('person-reading')).getText()) === '한글 표기');
  const original = await (await ko('person-original')).getText();
  check('the original spelling is shown beside it', original.includes('Sabine Kuhlmann'), original);
  await shot('readings-ko-speaker');

  await (await $('[data-testid="pin-person"][data-person="pan-suk-kim"]')).click();
  const card = '[data-testid="region-speaker"] [data-testid="person-card"] [lang="ko"]';
  const pan = await (await $(card)).getText();
  const titles = await browser.$$(`[data-person="pan-suk-kim"] [lang="ko"] .title`);
  check('김판석 교수 without the title repeated', pan.startsWith('김판석 교수') && titles.length === 0, `${titles.length} title lines`);
  await shot('readings-ko-pan-suk-kim');
  await (await $('[data-testid="pin-person"][data-person="du-sub-shin"]')).click();
  const du = await (await $(`${card} [data-testid="person-address"]`)).getText();
  check('a romanized Korean name gets no 님', du.startsWith('Du-sub Shin') && !du.includes('님'), du);
  await (await $('[data-testid="unpin"]')).click();

  // The booth card of an institution without a Korean source says 비공식 on its Korean side.
  const search = await $('[data-testid="glossary-search"]');
  await search.click();
  await search.setValue('Wellington City Council');
  await browser.waitUntil(async () => (await (await $('[data-testid="glossary-row"]')).getAttribute('data-concept')) === 'wellington-city-council', { timeout: 5000 });
  await browser.keys(['Enter']);
  const bcard = await $('[data-testid="booth-card"]');
  await bcard.waitForDisplayed({ timeout: 5000 });
  check('the booth card marks 웰링턴시 비공식', (await (await $('[data-testid="booth-card-unverified"]')).isExisting()), await bcard.getText());
  await shot('readings-ko-booth-card');
  await browser.keys(['Escape']);

  await (await $('[data-testid="view-prep"]')).click();
  await (await $('[data-testid="prep-session"][data-session="session-2"]')).click();
  await browser.pause(300);
  const flagged = async (id) => (await browser.$$(`[data-testid="prep-term"][data-concept="${id}"] [data-testid="prep-unverified"]`)).length;
  check('prep marks an institution without a Korean source 비공식', (await flagged('wellington-city-council')) === 1);
  check('prep does not mark a sourced one', (await flagged('lao-mtc')) === 0);
  await shot('readings-ko-prep');
  // The note's facts the prep view now carries: UNPOG's mandate region, the registration link.
  await (await $('[data-testid="prep-about"] summary')).click();
  const aboutText = await (await $('[data-testid="prep-about"]')).getText();
  check('prep shows UNPOG’s mandate region in Korean', aboutText.includes('아시아·태평양과 동아프리카'));
  check('prep shows the registration link', aboutText.includes('http://bit.ly/30ZheUi'));
  await shot('readings-ko-prep-about');
  await (await $('[data-testid="prep-about"] summary')).click();
  await (await $('[data-testid="view-live"]')).click();

  // The first screen on a day that is not the event's: the real clock says so and offers one action that
  // rehearses the day from its start; the header says which clock runs.
  await (await $('[data-testid="real-clock"]')).click();
  const offer = await $('[data-testid="off-day"]');
  await offer.waitForDisplayed({ timeout: 5000 });
  check('off the event day, the real clock says so', (await offer.getText()).includes('2021-07-07'), await offer.getText());
  await shot('first-screen-ko');
  await (await $('[data-testid="rehearse-day"]')).click();
  await browser.waitUntil(async () => (await (await $('[data-testid="clock-mode"]')).getAttribute('data-mode')) === 'rehearsal', { timeout: 3000 });
  const at = await (await $('[data-testid="event-time"]')).getText();
  check('one click rehearses the day from its start', /14:00:0\d/.test(at), at);
  check('the offer is gone while rehearsing', !(await (await $('[data-testid="off-day"]')).isExisting()));
  await (await $('[data-testid="real-clock"]')).click();
  await $('[data-testid="ui-locale-en-US"]').click();
};
