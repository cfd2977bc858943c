import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { CatalogRoute } from './routes/catalog';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/**
 * A route whose code is its own chunk, fetched on the first visit: the first page (the
 * catalog) carries only its own code, and shoppers never download the admin area.
 */
function lazyRoute<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    // What a deep link shows while its route's chunk arrives: the layout is not yet there.
    hydrateFallbackElement: <></>,
    children: [
      { index: true, element: <CatalogRoute /> },
      {
        path: 'category/:slug',
        lazy: lazyRoute(
          () => import('./routes/category'),
          (m) => m.CategoryRoute,
        ),
      },
      {
        path: 'products/:slug',
        lazy: lazyRoute(
          () => import('./routes/product'),
          (m) => m.ProductRoute,
        ),
      },
      {
        path: 'search',
        lazy: lazyRoute(
          () => import('./routes/search'),
          (m) => m.SearchRoute,
        ),
      },
      {
        path: 'cart',
        lazy: lazyRoute(
          () => import('./routes/cart'),
          (m) => m.CartRoute,
        ),
      },
      {
        path: 'checkout',
        lazy: lazyRoute(
          () => import('./routes/checkout'),
          (m) => m.CheckoutRoute,
        ),
      },
      {
        path: 'orders/:number',
        lazy: lazyRoute(
          () => import('./routes/order'),
          (m) => m.OrderRoute,
        ),
      },
      {
        path: 'account',
        lazy: lazyRoute(
          () => import('./routes/account/require-signed-in'),
          (m) => m.RequireSignedIn,
        ),
        children: [
          { index: true, element: <Navigate to="/account/orders" replace /> },
          {
            path: 'orders',
            lazy: lazyRoute(
              () => import('./routes/account/orders'),
              (m) => m.AccountOrdersRoute,
            ),
          },
        ],
      },
      {
        path: 'sign-in',
        lazy: lazyRoute(
          () => import('./routes/sign-in'),
          (m) => m.SignInRoute,
        ),
      },
      {
        path: 'sign-up',
        lazy: lazyRoute(
          () => import('./routes/sign-up'),
          (m) => m.SignUpRoute,
        ),
      },
      {
        path: 'admin',
        lazy: lazyRoute(
          () => import('./routes/admin/require-admin'),
          (m) => m.RequireAdmin,
        ),
        children: [
          {
            index: true,
            lazy: lazyRoute(
              () => import('./routes/admin/products'),
              (m) => m.AdminProductsRoute,
            ),
          },
          {
            path: 'products/new',
            lazy: lazyRoute(
              () => import('./routes/admin/new-product'),
              (m) => m.AdminNewProductRoute,
            ),
          },
          {
            path: 'products/:id/edit',
            lazy: lazyRoute(
              () => import('./routes/admin/edit-product'),
              (m) => m.AdminEditProductRoute,
            ),
          },
          {
            path: 'orders',
            lazy: lazyRoute(
              () => import('./routes/admin/orders'),
              (m) => m.AdminOrdersRoute,
            ),
          },
          {
            path: 'orders/:number',
            lazy: lazyRoute(
              () => import('./routes/admin/order'),
              (m) => m.AdminOrderRoute,
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
