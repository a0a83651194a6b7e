import { CHANGED_APPOINTMENT } from '../nodes/appointment.js';
import { mutationResult, type ErrorClass } from './mutation-result.js';

/**
 * The errors-plugin options for a mutation that changes one appointment: a union of
 * <Name>Success { appointment } and the errors, whose appointment the caller may read.
 */
export function appointmentResult<const Types extends ErrorClass[]>(name: string, types: Types) {
  const result = mutationResult(name, 'appointment', types);
  return { ...result, dataField: { ...result.dataField, grantScopes: [CHANGED_APPOINTMENT] } };
}
