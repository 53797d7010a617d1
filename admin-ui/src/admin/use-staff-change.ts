import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateStaff, type StaffRole } from './admin-api';

/** Changes a staff member's roles or disables them, then refreshes the staff list and the audit log. */
export function useStaffChange(staffId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { roles?: StaffRole[]; disabled?: boolean; reason?: string }) => updateStaff(staffId, change),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
