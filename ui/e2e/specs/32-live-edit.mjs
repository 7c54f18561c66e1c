// Editing a concept from the live glossary: on an editable pack (a scratch copy of the forum pack) the
// pinned booth card has an Edit button that opens the Organize view with that concept's form; in Korean it
// says 편집. (On the read-only built-in pack 11-glossary-keys checks that there is no such button.)
import { ScratchForum } from '../forum-copy.mjs';

const scratch = new ScratchForum('live-edit');

export async function args({ root }) {
  return ['--pack', scratch.make(root)];
}

export const cleanup = scratch.cleanup;

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const lang = () => browser.execute(() => document.documentElement.lang);
  const pin = async (query, id) => {
    await (await $('[data-testid="view-live"]')).click();
    const search = await $('[data-testid="glossary-search"]');
    await search.waitForDisplayed({ timeout: 5000 });
    await search.setValue(query);
    await browser.waitUntil(async () => (await (await $('[data-testid="glossary-row"]')).getAttribute('data-concept')) === id, {
      timeout: 5000,
      timeoutMsg: `${query} did not find ${id}`,
    });
    await (await $(`[data-testid="glossary-row"][data-concept="${id}"] [data-testid="glossary-pin"]`)).click();
    await (await $(`[data-testid="booth-card"][data-concept="${id}"]`)).waitForDisplayed({ timeout: 5000 });
  };
  const opensForm = async (id) => {
    await (await $('[data-testid="booth-card-edit"]')).click();
    const field = await $('[data-testid="concept-id"]');
    await field.waitForDisplayed({ timeout: 8000, timeoutMsg: 'the concept form did not open' });
    await browser.waitUntil(async () => (await field.getValue()) === id, { timeout: 3000, timeoutMsg: `form shows ${await field.getValue()}, not ${id}` });
    return (await (await $('[data-testid="view-organize"]')).getAttribute('aria-pressed')) === 'true';
  };

  // The workspace (which says whether the pack is editable) loads after the first paint.
  await (await $('[data-testid="view-organize"]')).click();
  await browser.waitUntil(async () => (await (await $('[data-testid="org-state"]')).getText()) !== '', { timeout: 8000 });
  await pin('SDGs', 'sdgs');
  const edit = await $('[data-testid="booth-card-edit"]');
  check('editable pack: the booth card has Edit', await edit.isDisplayed(), await edit.getText().catch(() => ''));
  await shot('live-edit-card-en');
  check('Edit opens Organize with the pinned concept’s form', await opensForm('sdgs'));
  await shot('live-edit-form-en');

  // Another concept, in Korean.
  await (await $('[data-testid="ui-locale-ko"]')).click();
  await browser.waitUntil(async () => (await lang()) === 'ko', { timeout: 5000 });
  await pin('KRILA', 'krila');
  const text = await (await $('[data-testid="booth-card-edit"]')).getText();
  check('Korean UI: the button says 편집', text.includes('편집'), text);
  await shot('live-edit-card-ko');
  check('Edit opens the form of the concept pinned now (krila)', await opensForm('krila'));
  await (await $('[data-testid="ui-locale-en-US"]')).click();
  await browser.waitUntil(async () => (await lang()) === 'en-US', { timeout: 5000 });
  await (await $('[data-testid="view-live"]')).click();
};
