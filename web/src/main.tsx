import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ToastProvider } from './components/ui/toast';
import { GraphQLProvider } from './app/graphql-provider';
import { router } from './app/router';
import './index.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphQLProvider>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </GraphQLProvider>
  </StrictMode>,
);
