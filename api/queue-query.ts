import { z } from 'zod';

// The one behaviour every work queue of the back office shares (withdrawals, AML alerts, AML cases): whose items
// a page shows, how it is sorted, on the server; claiming and assigning are explicit, audited actions. Each queue's
// router spreads these fragments into its query schema, so the parameters are named and documented alike.

/** Whose items a queue page shows: everyone's, the asking officer's ("my items"), or those nobody works yet. */
export const assigneeScope = z
  .enum(['all', 'mine', 'unassigned'])
  .default('all')
  .meta({ description: 'Whose items: `all`, `mine` (claimed by or assigned to me) or `unassigned`.' });
export type AssigneeScope = z.output<typeof assigneeScope>;

/** The sort direction of a queue page. */
export const sortOrder = (defaultOrder: 'asc' | 'desc') =>
  z.enum(['asc', 'desc']).default(defaultOrder).meta({ description: 'Ascending or descending.' });

/**
 * The shared query fragment of a queue: `assignee`, `sort` (one of the queue's own sort keys) and `order`.
 * Spread its shape into the queue's query object: `z.object({ ...queueQueryShape(...), status: ... }).strict()`.
 */
export const queueQueryShape = <S extends string>(
  sorts: readonly [S, ...S[]],
  defaults: { sort: NoInfer<S>; order: 'asc' | 'desc' },
) => ({
  assignee: assigneeScope,
  sort: z
    .enum(sorts)
    .default(defaults.sort as never)
    .meta({ description: `What the page is sorted by (default \`${defaults.sort}\`).` }) as z.ZodDefault<
    z.ZodEnum<{ [K in S]: K }>
  >,
  order: sortOrder(defaults.order),
});

/** The body of an assignment: the staff member who is to work the item, or null to put it back in the queue. */
export const assignBody = z
  .object({
    assignee: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .meta({ description: 'The staff id of the officer who is to work it; null: nobody (back to the queue).' }),
  })
  .strict();
