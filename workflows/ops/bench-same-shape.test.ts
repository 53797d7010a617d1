import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shapeOf, type RecordedEvent } from '../testing/history-shape';

// The same-shape baseline of `npm run bench:payments` must ask Temporal for what a credited deposit asks, or its ratio
// compares unlike things. Both recorded histories replay in the replay gate; here they are held to each other.

const recorded = (file: string): RecordedEvent[] =>
  (JSON.parse(readFileSync(path.join(__dirname, '..', file), 'utf8')) as { events: RecordedEvent[] }).events;

describe('the same-shape baseline of bench:payments', () => {
  // A card deposit through cardpay, credited on the first PSP (its worker was killed once: that adds only a
  // timed-out workflow task, which the shape leaves out).
  const deposit = shapeOf(recorded('payments/histories/chaos-deposit-workflow-task-timed-out.json'));
  const sameShape = shapeOf(recorded('ops/histories/bench-same-shape-completed.json'));

  it('asks Temporal for what a credited deposit asks, step for step', () => {
    expect(sameShape).toEqual(deposit);
  });

  it('has the counts its doc comment gives', () => {
    const count = (prefix: string) => sameShape.filter((step) => step.startsWith(prefix)).length;
    expect(count('ACTIVITY_TASK_SCHEDULED 10s')).toBe(3);
    expect(count('ACTIVITY_TASK_SCHEDULED 40s/5s')).toBe(1);
    expect(count('MARKER_RECORDED')).toBe(6);
    expect(sameShape.filter((step) => step.startsWith('UPSERT'))).toEqual([
      'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES 3 keys',
      'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES 2 keys',
      'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES 2 keys',
      'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES 1 keys',
    ]);
    expect(count('TIMER_STARTED')).toBe(1);
    expect(count('TIMER_CANCELED')).toBe(1);
    expect(count('WORKFLOW_EXECUTION_SIGNALED')).toBe(1);
    expect(count('WORKFLOW_TASK_COMPLETED')).toBe(6);
  });
});
