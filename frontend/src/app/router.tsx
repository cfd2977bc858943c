import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { CatalogRoute } from './routes/catalog';
import { NotFoundRoute } from './routes/not-found';
import { ProductRoute } from './routes/product';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CatalogRoute /> },
      { path: 'products/:slug', element: <ProductRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
