import { z } from 'zod';
import { defineEvent } from '../../platform/events';

/** Announces that a stack probe was recorded; the ops probe consumer answers it with a signal. */
export const probeRecordedEvent = defineEvent({
  topic: 'ops.probes',
  type: 'ops.probe.recorded',
  version: 1,
  payload: z.object({ probeId: z.string().min(1) }),
});
