import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './nodes/user.js';
import './nodes/time-slot.js';
import './nodes/appointment.js';
import './nodes/provider-rules.js';
import './mutations/dev-sign-in.js';
import './mutations/update-my-profile.js';
import './mutations/book-appointment.js';
import './mutations/cancel-appointment.js';
import './mutations/reschedule-appointment.js';
import './mutations/update-availability.js';
import './mutations/update-booking-policy.js';
import './mutations/generate-slots.js';
import './subscriptions/slots-changed.js';

export const schema = lexicographicSortSchema(builder.toSchema());
