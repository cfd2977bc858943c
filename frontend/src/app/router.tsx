import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { AdminEditProductRoute } from './routes/admin/edit-product';
import { AccountOrdersRoute } from './routes/account/orders';
import { RequireSignedIn } from './routes/account/require-signed-in';
import { AdminNewProductRoute } from './routes/admin/new-product';
import { AdminOrderRoute } from './routes/admin/order';
import { AdminOrdersRoute } from './routes/admin/orders';
import { AdminProductsRoute } from './routes/admin/products';
import { RequireAdmin } from './routes/admin/require-admin';
import { CartRoute } from './routes/cart';
import { CatalogRoute } from './routes/catalog';
import { CheckoutRoute } from './routes/checkout';
import { NotFoundRoute } from './routes/not-found';
import { OrderRoute } from './routes/order';
import { ProductRoute } from './routes/product';
import { RouteError } from './routes/route-error';
import { SearchRoute } from './routes/search';
import { SignInRoute } from './routes/sign-in';
import { SignUpRoute } from './routes/sign-up';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CatalogRoute /> },
      { path: 'products/:slug', element: <ProductRoute /> },
      { path: 'search', element: <SearchRoute /> },
      { path: 'cart', element: <CartRoute /> },
      { path: 'checkout', element: <CheckoutRoute /> },
      { path: 'orders/:number', element: <OrderRoute /> },
      {
        path: 'account',
        element: <RequireSignedIn />,
        children: [
          { index: true, element: <Navigate to="/account/orders" replace /> },
          { path: 'orders', element: <AccountOrdersRoute /> },
        ],
      },
      { path: 'sign-in', element: <SignInRoute /> },
      { path: 'sign-up', element: <SignUpRoute /> },
      {
        path: 'admin',
        element: <RequireAdmin />,
        children: [
          { index: true, element: <AdminProductsRoute /> },
          { path: 'products/new', element: <AdminNewProductRoute /> },
          { path: 'products/:id/edit', element: <AdminEditProductRoute /> },
          { path: 'orders', element: <AdminOrdersRoute /> },
          { path: 'orders/:number', element: <AdminOrderRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
