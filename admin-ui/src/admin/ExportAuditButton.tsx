import { Button } from '@mantine/core';
import { auditExportUrl, type AuditFilter } from './admin-api';
import { NavIcon } from '../ui/NavIcon';
import { useSession } from './session-context';

/** Downloads the audit log as CSV with the filters on screen (risk analysts and administrators). */
export function ExportAuditButton({ filter }: { filter: AuditFilter }) {
  const { ability } = useSession();
  if (ability.cannot('export', 'AuditLog')) return null;
  return (
    <Button
      component="a"
      href={auditExportUrl(filter)}
      download
      variant="default"
      leftSection={<NavIcon name="download" size={14} />}
    >
      Export CSV
    </Button>
  );
}
