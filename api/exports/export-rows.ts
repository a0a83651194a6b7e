import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { PrismaClient } from '../db/prisma.js';
import { addDays, formatLocalDate, type LocalDate } from '../domain/local-date.js';

export interface ExportRow {
  date: string;
  start: string;
  end: string;
  status: string;
  client: string;
  email: string;
  notes: string;
  cancelReason: string;
  bookedAt: string;
}

export const EXPORT_COLUMNS: { key: keyof ExportRow; title: string }[] = [
  { key: 'date', title: 'Date' },
  { key: 'start', title: 'Start' },
  { key: 'end', title: 'End' },
  { key: 'status', title: 'Status' },
  { key: 'client', title: 'Client' },
  { key: 'email', title: 'E-mail' },
  { key: 'notes', title: 'Notes' },
  { key: 'cancelReason', title: 'Cancellation reason' },
  { key: 'bookedAt', title: 'Booked at' },
];

/** Appointments starting on the local dates from..to (inclusive), in the provider's zone. */
export async function loadExportRows(prisma: PrismaClient, from: LocalDate, to: LocalDate, timezone: string): Promise<ExportRow[]> {
  const start = fromZonedTime(`${formatLocalDate(from)}T00:00:00`, timezone);
  const end = fromZonedTime(`${formatLocalDate(addDays(to, 1))}T00:00:00`, timezone);
  const appointments = await prisma.appointment.findMany({
    where: { startTime: { gte: start, lt: end } },
    include: { user: { select: { name: true, email: true } } },
    orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }],
  });
  const local = (date: Date, pattern: string) => formatInTimeZone(date, timezone, pattern);
  return appointments.map((appointment) => ({
    date: local(appointment.startTime, 'yyyy-MM-dd'),
    start: local(appointment.startTime, 'HH:mm'),
    end: local(appointment.endTime, 'HH:mm'),
    status: appointment.status.replace('_', '-').toLowerCase(),
    client: appointment.user.name,
    email: appointment.user.email,
    notes: appointment.notes ?? '',
    cancelReason: appointment.cancelReason ?? '',
    bookedAt: local(appointment.createdAt, 'yyyy-MM-dd HH:mm'),
  }));
}
