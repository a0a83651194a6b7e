import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import type { AppPubSub } from '../pubsub.js';
import { ChangedSlotLoader } from './changed-slot-loader.js';
import { FreeSlotIndex } from './free-slot-index.js';
import { indexedSlotChanges } from './publish-slot-changes.js';
import { SlotEventLog } from './slot-event-log.js';
import { SlotFeed, type SlotFeedTiming } from './slot-feed.js';

/**
 * The live side of slots on an API instance: the free-slot index, the feed that keeps it
 * current, and announcing changes. Reading the event log every second and reloading the
 * index go through `background`, a pool of their own, so they never take connections from
 * requests.
 */
export async function startSlotServices(deps: {
  prisma: PrismaClient;
  background: PrismaClient;
  pubsub: AppPubSub;
  now: () => Date;
  logger: Logger;
  timing?: SlotFeedTiming;
}) {
  const changedSlots = new ChangedSlotLoader(deps.prisma, deps.now);
  const freeSlots = new FreeSlotIndex(deps.background, changedSlots, deps.now, deps.logger);
  const log = new SlotEventLog(deps.background);
  const slotFeed = new SlotFeed({ pubsub: deps.pubsub, log, index: freeSlots, logger: deps.logger, timing: deps.timing });
  await freeSlots.start();
  slotFeed.start();
  return {
    changedSlots,
    freeSlots,
    slotFeed,
    slotChanges: indexedSlotChanges({ pubsub: deps.pubsub, log, logger: deps.logger, index: freeSlots, feed: slotFeed }),
    stop: async () => {
      await slotFeed.stop();
      await freeSlots.stop();
    },
  };
}
