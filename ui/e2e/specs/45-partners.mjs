// Booth partners in the real window: the booth card's handover timer (a handover starts the countdown),
// a note and a number pushed to the booth appear in large type marked as pushed, Esc takes the newest off,
// and the Team panel starts sharing on loopback (never another address), says so in the header and shows
// the code and QR code, then stops. Screenshots in English and Korean.
export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const setLang = async (l) => {
    await (await $(`[data-testid="ui-locale-${l}"]`)).click();
    await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === l, { timeout: 5000 });
    await browser.pause(300);
  };
  const text = (sel) => browser.execute((s) => document.querySelector(s)?.textContent?.replace(/[\u2068\u2069]/g, '').trim() ?? null, sel);
  await setLang('en-US');
  await (await $('[data-testid="view-live"]')).click();

  const card = await $('[data-testid="team-card"]');
  await card.waitForDisplayed({ timeout: 10000 });
  check('the booth card is shown in the live view', true);
  // The first start makes the default booths and this booth's settings: let those calls land first.
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll('[data-testid="team-card"] .mic').length)) === 1, { timeout: 5000 });
  await browser.pause(1000);

  // Typed through the DOM (WebKitWebDriver's clicks did not focus this field under Xvfb here).
  const type = (testid, value) =>
    browser.execute(
      (id, v) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        el.focus();
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      testid,
      value,
    );
  // The team document is kept in the app's data folder: pushes of an earlier run may still be on the card.
  const before = await browser.execute(() => document.querySelectorAll('[data-testid="pushes"] li').length);
  await type('take-over-to', 'Mina');
  await (await $('[data-testid="hand-over"]')).click();
  await browser
    .waitUntil(async () => ((await text('[data-testid="team-card"] .mic')) ?? '').includes('Mina'), { timeout: 5000 })
    .catch(async () => {
      await shot('partners-debug');
      const typed = await browser.execute(() => document.querySelector('[data-testid="take-over-to"]')?.value);
      throw new Error(`handover not shown (typed: ${typed}); the card says: ${await text('[data-testid="team-card"]')}`);
    });
  const count = await text('[data-testid="handover-countdown"]');
  check('a handover starts the 30-minute countdown', /^(30:00|29:5\d) left$/.test(count ?? ''), String(count));

  await type('push-text', 'slide 12 numbers differ from script');
  await (await $('[data-testid="team-card"] .send button[type="submit"]')).click();
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll('[data-testid="pushes"] li').length)) === before + 1, { timeout: 5000, timeoutMsg: 'the note did not appear' });
  await type('push-text', '3.5억 달러');
  await (await $('[data-testid="team-card"] .send button[type="button"]')).click();
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll('[data-testid="pushes"] li').length)) === before + 2, {
    timeout: 5000,
    timeoutMsg: 'the pushes did not appear',
  });
  const pushes = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="pushes"] li')].map((li) => ({
      text: li.querySelector('.text')?.textContent,
      by: li.querySelector('.by')?.textContent,
    })),
  );
  check('the number is pushed as the booth says it, newest first', /억/.test(pushes[0]?.text ?? '') && pushes[1]?.text === 'slide 12 numbers differ from script', JSON.stringify(pushes));
  check('each push is marked as pushed', pushes.every((p) => /pushed by/.test(p.by ?? '')), JSON.stringify(pushes));
  await shot('partners-card-en');

  // Esc (outside a text field) takes the newest push off the card.
  await (await $('#h-agenda')).click();
  await browser.keys(['Escape']);
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll('[data-testid="pushes"] li').length)) === before + 1, {
    timeout: 5000,
    timeoutMsg: 'Esc did not dismiss',
  });
  check('Esc dismisses the newest push', (await text('[data-testid="pushes"] li .text')) === 'slide 12 numbers differ from script');
  // Take this run's note off too, so the next run starts from the same card.
  await (await $('[data-testid="pushes"] li button')).click();

  // The partner off the microphone pins a glossary concept from its card: it lands on the booth card.
  const pushCount = () => browser.execute(() => document.querySelectorAll('[data-testid="pushes"] li').length);
  const base = await pushCount();
  const search = await $('[data-testid="glossary-search"]');
  await search.click();
  await search.setValue('SDGs');
  await browser.waitUntil(async () => (await (await $('[data-testid="glossary-row"]')).getAttribute('data-concept')) === 'sdgs', { timeout: 5000, timeoutMsg: 'SDGs not found' });
  await browser.keys(['Enter']);
  await (await $('[data-testid="booth-card-push"]')).click();
  await browser.waitUntil(async () => (await pushCount()) === base + 1, { timeout: 5000, timeoutMsg: 'the concept push did not appear' });
  const pushed = await text('[data-testid="pushes"] li .text');
  check('a concept pushed from the glossary card shows on the booth card', /지속가능발전목표|Sustainable Development Goals/.test(pushed ?? ''), String(pushed));
  await shot('partners-concept-push');
  await (await $('[data-testid="pushes"] li button')).click();
  await (await $('[data-testid="booth-card-close"]')).click();
  await search.clearValue();

  // Sharing: on loopback only, in this test.
  await (await $('[data-testid="partners-open"]')).click();
  const picker = await $('[data-testid="partners-interface"]');
  await picker.waitForDisplayed({ timeout: 5000 });
  await picker.selectByAttribute('value', '127.0.0.1');
  await (await $('[data-testid="partners-share"]')).click();
  await browser.waitUntil(async () => ((await text('[data-testid="partners-status"]')) ?? '').includes('Sharing on 127.0.0.1:'), {
    timeout: 10000,
    timeoutMsg: 'the header does not say it shares',
  });
  const status = await text('[data-testid="partners-status"]');
  check('the header says where it shares and how many devices', /Sharing on 127\.0\.0\.1:\d+ — 0 devices/.test(status ?? ''), String(status));
  const code = await text('[data-testid="partners-device-code"]');
  check('the host shows a pairing code', /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code ?? ''), String(code));
  const qr = await browser.execute(() => document.querySelector('dialog figure img')?.getAttribute('src') ?? '');
  check('the host shows the QR code of the companion page', qr.startsWith('data:image/svg+xml'));
  await shot('partners-team-en');
  await (await $('[data-testid="partners-stop"]')).click();
  await browser.waitUntil(async () => !(await text('[data-testid="partners-status"]')), { timeout: 5000, timeoutMsg: 'sharing did not stop' });
  check('stopping sharing clears the header', true);
  await (await $('dialog .close')).click();

  await setLang('ko');
  await browser.pause(300);
  const mic = await text('[data-testid="team-card"] .mic');
  check('the booth card speaks Korean', (mic ?? '').startsWith('마이크'), String(mic));
  await shot('partners-card-ko');
  await setLang('en-US');
};
