// GraphiQL for integrators, built from npm's `graphiql` and served by the shop itself: no
// script, style or font comes from anywhere else, so it works behind a firewall or offline.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_ENDPOINT } from '@/lib/graphql-client';
import { csrfFetch } from './csrf-fetch';
import { EXAMPLE_TABS } from './examples';

const fetcher = createGraphiQLFetcher({ url: GRAPHQL_ENDPOINT, fetch: csrfFetch });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={[...EXAMPLE_TABS]} defaultEditorToolsVisibility />
  </StrictMode>,
);
