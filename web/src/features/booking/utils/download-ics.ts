import { buildIcs } from '@shared/ics';

export function downloadIcs(appointment: { id: string; startTime: string; endTime: string; notes?: string | null }): void {
  const ics = buildIcs({
    uid: `${appointment.id}@slotline`,
    start: new Date(appointment.startTime),
    end: new Date(appointment.endTime),
    title: 'Consultation Session',
    description: appointment.notes ?? null,
    alarmMinutes: 15,
  });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'consultation.ics' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
