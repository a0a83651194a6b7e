// The notes of the booking being confirmed, kept for this tab while the visitor signs in or picks another
// time, and dropped once the booking is made.
const KEY = 'slotline.booking.notes';

export function readNotesDraft(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveNotesDraft(notes: string): void {
  try {
    if (notes) sessionStorage.setItem(KEY, notes);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be full or switched off: the notes then live only as long as the page.
  }
}

export function clearNotesDraft(): void {
  saveNotesDraft('');
}
