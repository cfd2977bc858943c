import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';

/**
 * The routes with every lazy route's module already loaded, so that a test sees a page in the
 * first render as the shop does once its chunk is there. (The "Lazy routes" test in
 * app/routes/__tests__/pages.test.tsx tests the lazy routes themselves.)
 */
async function loaded(list: RouteObject[]): Promise<RouteObject[]> {
  return Promise.all(
    list.map(async (route) => {
      const { lazy, children, ...rest } = route;
      const parts = typeof lazy === 'function' ? await lazy() : {};
      const kids = children ? await loaded(children) : undefined;
      return { ...rest, ...parts, ...(kids ? { children: kids } : {}) } as RouteObject;
    }),
  );
}

const loadedRoutes = await loaded(routes);

/** Renders the whole app at `url`, with a fresh cache and no retries, as a shopper would see it. */
export function renderApp(url: string) {
  const router = createMemoryRouter(loadedRoutes, { initialEntries: [url] });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, user, queryClient };
}
