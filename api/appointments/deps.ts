import type { Services } from '../services.js';

/** What a use case that changes an appointment needs: the database, the rules, and whom to tell afterwards. */
export type AppointmentChangeDeps = Pick<Services, 'prisma' | 'rules' | 'slotChanges' | 'jobs' | 'logger' | 'providerEmail'>;
