import { Table, Text } from '@mantine/core';
import type { JurisdictionPolicy } from './jurisdictions-api';
import { ruleRowsOf } from './jurisdiction-rule-rows';
import { RegulationReference } from './RegulationReference';
import { RuleRequirement } from './RuleRequirement';

/** One jurisdiction's rules: each rule, what it requires, and the regulation it comes from. */
export function JurisdictionRulesTable({ policy }: { policy: JurisdictionPolicy }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        verticalSpacing="sm"
        aria-label={`Rules for ${policy.name}`}
        data-testid={`jurisdiction-rules-${policy.code}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="26%">Rule</Table.Th>
            <Table.Th w="28%">Requirement</Table.Th>
            <Table.Th>Regulation</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ruleRowsOf(policy).map((row) => (
            <Table.Tr key={row.key} data-testid={`rule-${row.key}`}>
              <Table.Td>
                <Text size="sm">{row.rule}</Text>
              </Table.Td>
              <Table.Td>
                <RuleRequirement requirement={row.requirement} />
              </Table.Td>
              <Table.Td>
                <RegulationReference reference={row.reference} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
