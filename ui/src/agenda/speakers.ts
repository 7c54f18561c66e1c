import type { Item } from '../lib/bindings/Item';

/** Everyone who speaks in an item, the lead speaker first, then the others in the pack's order (a panel or a
 * talk given by two people: event.json `speaker` and `cospeakers`). */
export function speakersOf(item: Pick<Item, 'speaker' | 'cospeakers'>): string[] {
  const ids = [item.speaker, ...(item.cospeakers ?? [])].filter((id): id is string => !!id);
  return [...new Set(ids)];
}
