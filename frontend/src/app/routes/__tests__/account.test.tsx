import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  admin,
  categories,
  customer,
  type CustomerFixture,
  me,
  productPage,
  products,
  userErrors,
} from '@/testing/fixtures';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render-app';

function header() {
  return within(screen.getByRole('banner'));
}

/** A fake server with a session: `me` answers whoever signed in last. */
function shopWithSession(signedIn: CustomerFixture | null = null) {
  const session = { customer: signedIn };
  return {
    session,
    handlers: {
      Me: () => me(session.customer),
      CatalogCategories: () => categories,
      CatalogProducts: () => productPage(products(2)),
      ProductPage: () => ({ data: { product: null } }),
    },
  };
}

describe('Sign in', () => {
  it('shows the BAD_CREDENTIALS message above the form and keeps the shopper there', async () => {
    const shop = shopWithSession();
    const api = mockGraphQL({
      ...shop.handlers,
      Login: () => ({
        data: {
          login: {
            customer: null,
            userErrors: userErrors({
              code: 'BAD_CREDENTIALS',
              message: 'The email or the password is wrong.',
            }),
          },
        },
      }),
    });
    const { router, user } = renderApp('/sign-in');

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'not my password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or the password is wrong.');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(api.variablesOf('Login')).toEqual([
      { input: { email: 'ada@example.com', password: 'not my password' } },
    ]);
    expect(header().getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('signs in, shows the name in the header and goes back to the page in ?next=', async () => {
    const shop = shopWithSession();
    const ada = customer({ name: 'Ada Lovelace' });
    mockGraphQL({
      ...shop.handlers,
      Login: () => {
        shop.session.customer = ada;
        return { data: { login: { customer: ada, userErrors: [] } } };
      },
    });
    const { router, user } = renderApp('/sign-in?next=/products/walnut-desk');

    await user.type(screen.getByLabelText('Email'), ' ada@example.com ');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await header().findByText('Hi, Ada Lovelace')).toBeInTheDocument();
    expect(header().getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(header().queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/products/walnut-desk');
  });

  it('goes to the front page without ?next=, and never to another site', async () => {
    const shop = shopWithSession();
    mockGraphQL({
      ...shop.handlers,
      Login: () => ({ data: { login: { customer: customer(), userErrors: [] } } }),
    });
    const { router, user } = renderApp('/sign-in?next=//evil.example');

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('asks for the email and password before asking the server', async () => {
    const api = mockGraphQL(shopWithSession().handlers);
    const { user } = renderApp('/sign-in');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(api.variablesOf('Login')).toEqual([]);
  });
});

describe('Sign up', () => {
  async function fillIn(user: ReturnType<typeof renderApp>['user'], password = 'correct horse battery') {
    await user.type(screen.getByLabelText('Name'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), password);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
  }

  it('puts WEAK_PASSWORD on the password and EMAIL_TAKEN on the email', async () => {
    const api = mockGraphQL({
      ...shopWithSession().handlers,
      Register: () => ({
        data: {
          register: {
            customer: null,
            userErrors: userErrors(
              {
                code: 'EMAIL_TAKEN',
                field: ['input', 'email'],
                message: 'An account with this email exists.',
              },
              {
                code: 'WEAK_PASSWORD',
                field: ['input', 'password'],
                message: 'The password must not be the email.',
              },
            ),
          },
        },
      }),
    });
    const { router, user } = renderApp('/sign-up');

    await fillIn(user, 'ada@example.com');

    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
        'An account with this email exists.',
      ),
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('The password must not be the email.'),
    );
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'false');
    expect(router.state.location.pathname).toBe('/sign-up');
    expect(api.variablesOf('Register')).toEqual([
      { input: { name: 'Ada Lovelace', email: 'ada@example.com', password: 'ada@example.com' } },
    ]);
  });

  it('says a password is too short without asking the server', async () => {
    const api = mockGraphQL(shopWithSession().handlers);
    const { user } = renderApp('/sign-up');

    await fillIn(user, 'short');

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 10 characters.'),
    );
    expect(api.variablesOf('Register')).toEqual([]);
  });

  it('creates the account, signs it in and goes to the front page', async () => {
    const shop = shopWithSession();
    mockGraphQL({
      ...shop.handlers,
      Register: () => {
        shop.session.customer = customer();
        return { data: { register: { customer: customer(), userErrors: [] } } };
      },
    });
    const { router, user } = renderApp('/sign-up');

    await fillIn(user);

    expect(await header().findByText('Hi, Ada Lovelace')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('Header', () => {
  it('offers to sign in or create an account when nobody is signed in', async () => {
    mockGraphQL(shopWithSession().handlers);
    renderApp('/products/walnut-desk');

    expect(await header().findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=/products/walnut-desk',
    );
    expect(header().getByRole('link', { name: 'Create account' })).toHaveAttribute(
      'href',
      '/sign-up?next=/products/walnut-desk',
    );
    expect(header().queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('shows no Admin link to a shopper', async () => {
    mockGraphQL(shopWithSession(customer()).handlers);
    renderApp('/');

    expect(await header().findByText('Hi, Ada Lovelace')).toBeInTheDocument();
    expect(header().queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('shows the Admin link to an admin', async () => {
    mockGraphQL(shopWithSession(admin()).handlers);
    renderApp('/');

    expect(await header().findByText('Hi, Grace Admin')).toBeInTheDocument();
    expect(header().getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });

  it('signs out on a shop page, stays on it and forgets the session', async () => {
    const shop = shopWithSession(customer());
    const api = mockGraphQL({
      ...shop.handlers,
      Logout: () => {
        shop.session.customer = null;
        return { data: { logout: { signedOut: true } } };
      },
    });
    const { router, user } = renderApp('/products/walnut-desk');

    await user.click(await header().findByRole('button', { name: 'Sign out' }));

    expect(await header().findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(header().queryByText(/^Hi,/)).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/products/walnut-desk');
    expect(api.variablesOf('Logout')).toHaveLength(1);
  });

  it('signs out on a page of the account and goes to the front page', async () => {
    const shop = shopWithSession(customer());
    mockGraphQL({
      ...shop.handlers,
      Logout: () => {
        shop.session.customer = null;
        return { data: { logout: { signedOut: true } } };
      },
      MyOrders: () => ({
        data: {
          myOrders: {
            edges: [],
            nodes: [],
            totalCount: 0,
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        },
      }),
    });
    const { router, user } = renderApp('/account/orders');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your orders' })).toBeInTheDocument();

    await user.click(await header().findByRole('button', { name: 'Sign out' }));

    expect(await header().findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it.each(['/sign-in', '/sign-up'])(
    'sends a signed-in shopper on from %s to where signing in leads',
    async (page) => {
      const shop = shopWithSession(customer());
      mockGraphQL({ ...shop.handlers });
      const { router } = renderApp(`${page}?next=/cart`);

      await waitFor(() => expect(router.state.location.pathname).toBe('/cart'));
      expect(
        screen.queryByRole('heading', { level: 1, name: /Sign in|Create an account/ }),
      ).not.toBeInTheDocument();
    },
  );
});
