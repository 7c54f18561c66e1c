// Agenda: the rehearsal clock at 14:20 event time shows Session 1, Presentation 1 and its speaker.
export default async ({ browser, check }) => {
  const time = await browser.$('[data-testid="rehearsal-time"]');
  await time.clearValue();
  await time.setValue('14:20');
  await browser.$('[data-testid="rehearse"]').click();
  await browser.waitUntil(
    async () => (await browser.$('[aria-current="true"]').getAttribute('data-item')) === 's1-presentation-1',
    { timeout: 5000, timeoutMsg: 'current item not highlighted' },
  );
  check('rehearsal clock at 14:20 highlights Session 1, Presentation 1', true);
  const card = await browser.$('[data-testid="region-speaker"] [data-testid="person-card"]');
  check('speaker card shows the current speaker', (await card.getAttribute('data-person')) === 'sabine-kuhlmann');
  check('clock mode is visible', (await browser.$('[data-testid="clock-mode"]').getAttribute('data-mode')) === 'rehearsal');
};
