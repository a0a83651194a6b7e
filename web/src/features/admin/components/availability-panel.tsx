import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { BookingRulesEditor } from './booking-rules-editor';
import { SlotGenerator } from './slot-generator';
import { WeeklyHoursEditor } from './weekly-hours-editor';

const AvailabilitySettingsQuery = graphql(`
  query AvailabilitySettings {
    availability {
      ...WeeklyHoursEditor_availability
      ...BookingRulesEditor_availability
      ...SlotGenerator_availability
    }
    bookingPolicy {
      ...BookingRulesEditor_policy
    }
  }
`);

export function AvailabilityPanel() {
  const [{ data }] = useQuery({ query: AvailabilitySettingsQuery, requestPolicy: 'cache-and-network' });
  if (!data) return <LoadingBlock label="Loading availability" />;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <WeeklyHoursEditor availability={data.availability} />
      <div className="space-y-6">
        <BookingRulesEditor policy={data.bookingPolicy} availability={data.availability} />
        <SlotGenerator availability={data.availability} />
      </div>
    </div>
  );
}
