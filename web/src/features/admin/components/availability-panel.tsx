import { useQuery } from 'urql';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { AvailabilitySettingsQuery } from '../api/documents';
import { BookingRulesEditor } from './booking-rules-editor';
import { SlotGenerator } from './slot-generator';
import { WeeklyHoursEditor } from './weekly-hours-editor';

export function AvailabilityPanel() {
  const [{ data }, refetch] = useQuery({ query: AvailabilitySettingsQuery, requestPolicy: 'cache-and-network' });
  if (!data) return <LoadingBlock label="Loading availability" />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { availability, bookingPolicy } = data;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <WeeklyHoursEditor weeklyHours={availability.weeklyHours} slotMinutes={availability.slotMinutes} timezone={availability.timezone} onSaved={reload} />
      <div className="space-y-6">
        <BookingRulesEditor
          rules={{
            cancellationNoticeHours: bookingPolicy.cancellationNoticeHours,
            minBookingNoticeHours: bookingPolicy.minBookingNoticeHours,
            maxDaysAhead: bookingPolicy.maxDaysAhead,
            bufferMinutes: availability.bufferMinutes,
            maxActiveAppointmentsPerClient: bookingPolicy.maxActiveAppointmentsPerClient,
            maxChangesPerClientPerDay: bookingPolicy.maxChangesPerClientPerDay,
          }}
          onSaved={reload}
        />
        <SlotGenerator overrides={availability.dateOverrides} onChanged={reload} />
      </div>
    </div>
  );
}
