import { OpsPage } from './ops/OpsPage';

/** The shell: header and main navigation around the one page that exists so far. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header-inner">
          <h1 className="brand">
            <span className="brand-mark" aria-hidden="true">
              BO
            </span>
            Back office
          </h1>
          <nav className="main-nav" aria-label="Main">
            {/* Payments, Wallet, KYC and AML join this list as their pages land. */}
            <ul>
              <li>
                <a href="/" aria-current="page">
                  Operations
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main className="app-main">
        <OpsPage />
      </main>
    </div>
  );
}
