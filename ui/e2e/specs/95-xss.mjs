// Hostile pack text is shown as text and never runs. The app starts on a pack of its own (see `args`) whose
// glossary notes, terms, speaker bios, names and titles carry `<img onerror>`, `<script>`, `<svg onload>`,
// `<iframe src=javascript:>` and `javascript:` payloads; each payload would bump `window.__boothXss` and set
// `document.title`. The spec shows every one of them (speaker card, moderator, glossary rows, booth card) and
// asserts that the literal text is on screen, that no element came from the content (no img/svg/iframe/
// script/a, no event-handler attribute), and that nothing ran.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rehearseAt } from '../rehearse.mjs';

const RUN = "window.__boothXss=(window.__boothXss||0)+1;document.title='pwned'";
const PAYLOADS = {
  img: `<img src=x onerror="${RUN}">`,
  script: `<script>${RUN}</script>`,
  svg: `<svg onload="${RUN}"></svg>`,
  iframe: `<iframe src="javascript:${RUN}"></iframe>`,
  js: `javascript:${RUN}`,
  link: `<a href="javascript:${RUN}">click</a>`,
};

const EVENT = {
  format: 1,
  id: 'xss',
  zone: 'Asia/Seoul',
  date: '2021-07-07',
  locales: ['en-US', 'ko'],
  sessions: [{ id: 's1' }],
  blocks: [
    {
      id: 'b1',
      start: '14:00',
      end: '14:30',
      session: 's1',
      moderator: 'ann',
      items: [
        { id: 'talk', kind: 'presentation', minutes: 20, speaker: 'bob' },
        { id: 'next', kind: 'presentation', minutes: 10, speaker: 'ann' },
      ],
    },
  ],
  people: ['ann', 'bob'],
  glossary: { sdgs: { sessions: ['s1'] }, vlr: { sessions: ['s1'] } },
};

// Fluent text: none of the payloads uses `{` or `}`, so each is a plain pattern and reads back verbatim.
const files = {
  'en-US/agenda.ftl': `event-title = XSS test ${PAYLOADS.img}\n    .short = XSS\nsession-s1 = Session ${PAYLOADS.script}\nblock-b1 = Block\nitem-talk = Talk ${PAYLOADS.svg}\nitem-next = Next\n`,
  'ko/agenda.ftl': `event-title = XSS 시험 ${PAYLOADS.img}\n    .short = XSS\nsession-s1 = 세션 ${PAYLOADS.script}\nblock-b1 = 블록\nitem-talk = 발표 ${PAYLOADS.svg}\nitem-next = 다음\n`,
  'en-US/people.ftl': `person-ann = Ann ${PAYLOADS.link}\n    .title = Chair ${PAYLOADS.iframe}\n    .bio = ${PAYLOADS.js}\nperson-bob = Bob ${PAYLOADS.img}\n    .title = Speaker\n    .bio = Bio ${PAYLOADS.img} and ${PAYLOADS.script}\n`,
  'ko/people.ftl': `person-ann = 앤 ${PAYLOADS.link}\n    .title = 의장\n    .bio = ${PAYLOADS.js}\nperson-bob = 밥\n    .title = 발표자\n    .bio = 약력 ${PAYLOADS.svg} ${PAYLOADS.iframe}\n`,
  'en-US/glossary.ftl': `## Domain: SDGs\nconcept-sdgs = Sustainable Development Goals ${PAYLOADS.svg}\n    .abbr = SDGs\n    .note = Note ${PAYLOADS.img} ${PAYLOADS.script}\nconcept-vlr = Voluntary Local Review\n    .abbr = VLR\n    .note = ${PAYLOADS.js} ${PAYLOADS.link}\n`,
  'ko/glossary.ftl': `## Domain: SDGs\nconcept-sdgs = 지속가능발전목표\n    .abbr = SDGs\n    .note = 참고 ${PAYLOADS.iframe}\nconcept-vlr = 자발적 지역 검토\n    .abbr = VLR\n    .note = ${PAYLOADS.script}\n`,
};

let dir;

export const args = async () => {
  dir = mkdtempSync(join(tmpdir(), 'booth-xss-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(EVENT, null, 2));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return ['--pack', dir];
};

export const cleanup = () => dir && rmSync(dir, { recursive: true, force: true });

export default async ({ browser, check, shot }) => {
  const $ = (sel) => browser.$(sel);
  const state = () =>
    browser.execute(() => ({
      ran: window.__boothXss ?? 0,
      title: document.title,
      // Elements content could have smuggled in: the app renders no img/iframe/object/embed/a and no inline
      // script.
      injected: [
        ...document.querySelectorAll('img, iframe, object, embed, a, script:not([src])'),
        // Item titles reach the timeline's <title> tooltips and `title`/`aria-label` attributes as escaped
        // text, which is right; an injected <svg onload> would be an SVG inside the app's own (or carry an
        // on* attribute, checked below).
        ...document.querySelectorAll('svg svg'),
      ].map((e) => e.outerHTML.slice(0, 80)),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      jsUrls: [...document.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')).filter((u) => /^\s*javascript:/i.test(u)),
      text: document.body.innerText,
    }));
  const title0 = await browser.getTitle();

  // The talk runs at 14:05: Bob speaks, Ann moderates and speaks next.
  await rehearseAt(browser, '14:05');
  await browser.waitUntil(async () => (await (await $('[data-testid="region-speaker"] [data-testid="person-card"]')).getAttribute('data-person')) === 'bob', {
    timeout: 5000,
    timeoutMsg: 'Bob is not the current speaker',
  });
  // Every glossary row with its note: the empty query lists the session's concepts.
  const search = await $('[data-testid="glossary-search"]');
  await search.click();
  await search.setValue('SDGs');
  await browser.pause(300);
  await browser.keys(['Enter']); // pins the booth card (the note is shown there too)
  await browser.pause(300);
  await shot('xss-sdgs');
  let s = await state();
  check('glossary note: <img onerror> and <script> are shown as text', s.text.includes(PAYLOADS.img) && s.text.includes(PAYLOADS.script), s.text.slice(0, 200));
  check('speaker bio: the payloads are shown as text', s.text.includes(`Bio ${PAYLOADS.img} and ${PAYLOADS.script}`));
  check('moderator name: the <a href=javascript:> is shown as text', s.text.includes(`Ann ${PAYLOADS.link}`));

  await search.click();
  await browser.keys(['Control', 'a']);
  await search.setValue('VLR');
  await browser.pause(300);
  await shot('xss-vlr');
  s = await state();
  check('a javascript: note is shown as text', s.text.includes(PAYLOADS.js), s.text.slice(0, 200));

  await (await $('[data-testid="ui-locale-ko"]')).click();
  await browser.pause(500);
  s = await state();
  check('Korean side: bio and notes are shown as text', s.text.includes(`약력 ${PAYLOADS.svg} ${PAYLOADS.iframe}`), s.text.slice(0, 200));
  await (await $('[data-testid="ui-locale-en-US"]')).click();
  await browser.pause(300);

  s = await state();
  check('no element came from the content', s.injected.length === 0, s.injected.join(' | '));
  check('no event-handler attribute exists', s.handlers.length === 0, s.handlers.join(', '));
  check('no javascript: URL exists', s.jsUrls.length === 0, s.jsUrls.join(', '));
  check('no payload ran', s.ran === 0 && s.title === title0 && s.title !== 'pwned', `ran ${s.ran}, title ${s.title}`);
};
