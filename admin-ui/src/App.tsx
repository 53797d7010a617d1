import { Route, Routes } from 'react-router';
import { AuditLogPage } from './admin/AuditLogPage';
import { SessionGate } from './admin/SessionGate';
import { StaffPage } from './admin/StaffPage';
import { JurisdictionsPage } from './jurisdictions/JurisdictionsPage';
import { OpsPage } from './ops/OpsPage';
import { PaymentDetailPage } from './payments/PaymentDetailPage';
import { PaymentsListPage } from './payments/PaymentsListPage';
import { WithdrawalQueuePage } from './payments/WithdrawalQueuePage';
import { PlayerPage } from './players/PlayerPage';
import { PlayersPage } from './players/PlayersPage';
import { AppLayout } from './shell/AppLayout';
import { HomeRedirect } from './shell/HomeRedirect';
import { NotFoundPage } from './shell/NotFoundPage';
import { RequireAbility } from './shell/RequireAbility';

/** The back office: sign-in first, then the screens the staff member's roles allow, each at its own URL. */
export function App() {
  return (
    <SessionGate>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route
            path="withdrawals"
            element={
              <RequireAbility allowed={(a) => a.can('read', 'Withdrawal')}>
                <WithdrawalQueuePage />
              </RequireAbility>
            }
          />
          <Route
            path="payments"
            element={
              <RequireAbility allowed={(a) => a.can('read', 'Payment')}>
                <PaymentsListPage />
              </RequireAbility>
            }
          />
          <Route
            path="payments/:paymentId"
            element={
              <RequireAbility allowed={(a) => a.can('read', 'Payment')}>
                <PaymentDetailPage />
              </RequireAbility>
            }
          />
          <Route
            path="players"
            element={
              <RequireAbility allowed={(a) => a.can('read', 'Player')}>
                <PlayersPage />
              </RequireAbility>
            }
          />
          <Route
            path="players/:playerId"
            element={
              <RequireAbility allowed={(a) => a.can('read', 'Player')}>
                <PlayerPage />
              </RequireAbility>
            }
          />
          <Route
            path="audit"
            element={
              <RequireAbility allowed={(a) => a.can('read', 'AuditLog')}>
                <AuditLogPage />
              </RequireAbility>
            }
          />
          <Route
            path="jurisdictions"
            element={
              <RequireAbility allowed={(a) => a.can('read', 'JurisdictionPolicy')}>
                <JurisdictionsPage />
              </RequireAbility>
            }
          />
          <Route
            path="staff"
            element={
              <RequireAbility allowed={(a) => a.can('manage', 'Staff')}>
                <StaffPage />
              </RequireAbility>
            }
          />
          <Route
            path="operations"
            element={
              <RequireAbility allowed={(a) => a.can('run', 'OpsProbe')}>
                <OpsPage />
              </RequireAbility>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionGate>
  );
}
