// The rehearsal clock as a spec sets it: type an event-zone time and press Rehearse, so the live view runs
// as if it were that time on the event day.
export async function rehearseAt(browser, hhmm) {
  const time = await browser.$('[data-testid="rehearsal-time"]');
  await time.clearValue();
  await time.setValue(hhmm);
  await (await browser.$('[data-testid="rehearse"]')).click();
}
