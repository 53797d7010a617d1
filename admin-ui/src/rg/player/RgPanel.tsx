import { Paper, Tabs, Title } from '@mantine/core';
import { useSession } from '../../admin/session-context';
import { RgExclusionsBlock } from './RgExclusionsBlock';
import { RgHarmBlock } from './RgHarmBlock';
import { RgInteractionsBlock } from './RgInteractionsBlock';
import { RgInterventionsBlock } from './RgInterventionsBlock';
import { RgLimitsBlock } from './RgLimitsBlock';
import { RgRestrictionsBlock } from './RgRestrictionsBlock';
import { RgVulnerabilityBlock } from './RgVulnerabilityBlock';

/**
 * The player 360's responsible-gambling panel: limits, exclusions and scheme checks, the harm score and its
 * markers, interventions, restrictions in force, interactions and vulnerability checks, each a tab; the actions
 * a tab offers are those the staff member's abilities allow.
 */
export function RgPanel({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  if (ability.cannot('read', 'RgLimit')) return null;
  const tabs = [
    { value: 'restrictions', label: 'Restrictions', body: <RgRestrictionsBlock playerId={playerId} /> },
    { value: 'limits', label: 'Limits', body: <RgLimitsBlock playerId={playerId} /> },
    { value: 'exclusions', label: 'Exclusions & schemes', body: <RgExclusionsBlock playerId={playerId} /> },
    { value: 'harm', label: 'Harm score', body: <RgHarmBlock playerId={playerId} /> },
    { value: 'interventions', label: 'Interventions', body: <RgInterventionsBlock playerId={playerId} /> },
    { value: 'interactions', label: 'Interactions', body: <RgInteractionsBlock playerId={playerId} /> },
    { value: 'vulnerability', label: 'Vulnerability checks', body: <RgVulnerabilityBlock playerId={playerId} /> },
  ];
  return (
    <Paper component="section" aria-labelledby="rg-panel-title" data-testid="rg-panel" p={0}>
      <Title order={3} fz="md" id="rg-panel-title" px="md" pt="md">
        Responsible gambling
      </Title>
      <Tabs defaultValue="restrictions" keepMounted={false}>
        <Tabs.List px="md" pt="xs" aria-label="Responsible gambling">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} p="md">
            {t.body}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}
