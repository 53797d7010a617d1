import { Route, Routes } from 'react-router';
import { SessionGate } from './admin/SessionGate';
import { domainUis } from './domains';
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
          {domainUis.flatMap((domain) =>
            domain.screens.map((screen) => (
              <Route
                key={screen.path}
                path={screen.path}
                element={<RequireAbility allowed={screen.allowed}>{screen.element}</RequireAbility>}
              />
            )),
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionGate>
  );
}
