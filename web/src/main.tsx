import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { ToastProvider } from './components/ui/toast';
import { client } from './lib/urql';
import { router } from './app/router';
import './index.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphQLProvider value={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </GraphQLProvider>
  </StrictMode>,
);
