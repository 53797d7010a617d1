import { Paper, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DEFAULT_JURISDICTION, listJurisdictionPolicies } from './jurisdictions-api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { PageLoader } from '../ui/PageLoader';
import { JurisdictionRulesTable } from './JurisdictionRulesTable';

/** The rules the back office applies in each jurisdiction, with their regulations; read only. */
export function JurisdictionsPage() {
  const policies = useQuery({
    queryKey: ['jurisdictions'],
    queryFn: ({ signal }) => listJurisdictionPolicies(signal),
    staleTime: Infinity, // the rules change only with a release
  });
  const items = policies.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Jurisdiction rules"
        description="What each licence requires of us, as payments, registration and safer gambling apply it. A note marks a value compliance has still to confirm."
      />
      <ErrorAlert error={policies.error} title="The jurisdiction rules could not be loaded" />
      {policies.isPending ? (
        <PageLoader />
      ) : (
        items.length > 0 && (
          <Paper p={0}>
            <Tabs defaultValue={items[0]!.code} keepMounted={false}>
              <Tabs.List px="md" pt="xs">
                {items.map((policy) => (
                  <Tabs.Tab key={policy.code} value={policy.code}>
                    {policy.code === DEFAULT_JURISDICTION ? policy.name : `${policy.name} (${policy.code})`}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {items.map((policy) => (
                <Tabs.Panel key={policy.code} value={policy.code} pt="sm">
                  <Text size="sm" c="dimmed" px="md" pb="xs">
                    {policy.code === DEFAULT_JURISDICTION
                      ? 'Applies to players of any jurisdiction without rules of its own.'
                      : `Regulator: ${policy.regulator}`}
                  </Text>
                  <JurisdictionRulesTable policy={policy} />
                </Tabs.Panel>
              ))}
            </Tabs>
          </Paper>
        )
      )}
    </>
  );
}
