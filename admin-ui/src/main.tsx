import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { setNonce } from 'get-nonce';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiProblemError } from './api/http';
import { App } from './App';
import { cssVariablesResolver, theme } from './ui/theme';
import { ToastProvider } from './ui/ToastProvider';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // A 4xx will answer the same again; only network trouble and 5xx are worth a second try.
      retry: (failures, err) => failures < 2 && !(err instanceof ApiProblemError && (err.status ?? 500) < 500),
    },
  },
});

// The API's Content-Security-Policy admits only the <style> elements that carry this page's nonce (api/security-headers.ts):
// Mantine writes its CSS variables and responsive styles in such elements, and react-remove-scroll (Mantine's modals
// and AppShell) its scroll lock, taking the nonce from get-nonce. Unset under Vite's dev server.
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-style-nonce"]')?.content;
if (styleNonce) setNonce(styleNonce);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      getStyleNonce={styleNonce === undefined ? undefined : () => styleNonce}
    >
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <ToastProvider>
            <App />
          </ToastProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
