import { useEffect, useMemo, useState } from 'react';
import { CALLBACK_PATH, completeSignIn, currentUser, signIn, signOut, type User } from './auth';
import { abilitiesOf, roleName, type Abilities } from './roles';
import { Link, navigate, useLocation } from './router';
import { ErrorMessage, Loading } from './components/Status';
import { CustomersScreen } from './screens/CustomersScreen';
import { CustomerScreen } from './screens/CustomerScreen';
import { ActivityLogScreen } from './screens/ActivityLogScreen';
import { BillingScreen } from './screens/BillingScreen';
import { SupportRequestScreen } from './screens/SupportRequestScreen';
import { MySoftwareScreen } from './screens/MySoftwareScreen';
import { PartnerRequestsScreen } from './screens/PartnerRequestsScreen';
import { SupportRequestsScreen } from './screens/SupportRequestsScreen';
import { SupportRequestReview } from './screens/SupportRequestReview';
import { CatalogScreen } from './screens/CatalogScreen';
import { ProductAdminScreen } from './screens/ProductAdminScreen';
import { PoliciesScreen } from './screens/PoliciesScreen';

export function App() {
  const { path } = useLocation();
  // undefined until the session is read from storage (a promise, though it settles at once)
  const [user, setUser] = useState<User | null>();
  const [signInError, setSignInError] = useState<Error>();

  useEffect(() => {
    if (path !== CALLBACK_PATH) {
      if (user === undefined) currentUser().then(setUser, () => setUser(null));
      return;
    }
    completeSignIn(window.location.search).then(
      async (returnTo) => {
        setUser(await currentUser());
        navigate(returnTo, true);
      },
      (error: Error) => setSignInError(error),
    );
  }, [path]);

  if (path === CALLBACK_PATH) {
    return signInError ? <SignIn error={signInError} /> : <Loading what="your sign-in" />;
  }
  if (user === undefined) return <Loading what="your sign-in" />;
  if (!user) return <SignIn />;
  return <Shell user={user} path={path} />;
}

function SignIn({ error }: { error?: Error }) {
  const [unreachable, setUnreachable] = useState<Error>();
  const shown = unreachable ?? error;
  return (
    <main className="sign-in">
      <h1>CSP Partner Center</h1>
      <p>Sell software subscriptions to your customers, hand out keys and downloads, and keep track of both.</p>
      {shown && <ErrorMessage error={shown} />}
      <button type="button" onClick={() => signIn(error ? '/' : undefined).catch(setUnreachable)}>
        Sign in
      </button>
    </main>
  );
}

function Shell({ user, path }: { user: User; path: string }) {
  const can = useMemo(() => abilitiesOf(user.roles), [user.roles]);
  const sections = navigation(can);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          CSP Partner Center
        </Link>
        <nav aria-label="Main">
          <ul>
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href} aria-current={path.startsWith(s.href) ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section className="who" aria-label="Signed in">
          <span data-testid="user">{user.displayName}</span>
          <span data-testid="tenant" title={user.tenantId}>
            {user.tenantName}
          </span>
          <span data-testid="roles">{user.roles.length ? user.roles.map(roleName).join(', ') : 'No roles'}</span>
          <button type="button" className="secondary" onClick={signOut}>
            Sign out
          </button>
        </section>
      </header>
      <main id="main" tabIndex={-1}>
        <Screen path={path} can={can} home={sections[0]?.href} />
      </main>
    </>
  );
}

function navigation(can: Abilities): { href: string; label: string }[] {
  return [
    can.listCustomers && { href: '/customers', label: 'Customers' },
    can.seeOwnSoftware && { href: '/my-software', label: 'Your software' },
    can.answerPartnerRequests && { href: '/partner-requests', label: 'Partner requests' },
    can.readActivityLog && { href: '/activity-log', label: 'Activity log' },
    can.readBilling && { href: '/billing', label: 'Billing' },
    can.readSupportRequests && { href: '/support-requests', label: 'Support requests' },
    can.manageCatalog && { href: '/catalog', label: 'Catalog' },
    can.manageCatalog && { href: '/cancellation-policies', label: 'Cancellation policies' },
  ].filter((s): s is { href: string; label: string } => !!s);
}

function Screen({ path, can, home }: { path: string; can: Abilities; home?: string }) {
  const customer = /^\/customers\/([^/]+)(?:\/([a-z-]+))?$/.exec(path);
  const supportRequest = /^\/support-requests\/([0-9a-fA-F-]{36})$/.exec(path);
  const product = /^\/catalog\/products\/([^/]+)$/.exec(path);
  useEffect(() => {
    if (path === '/' && home) navigate(home, true);
  }, [path, home]);

  if (path === '/') {
    return home ? null : <NothingAllowed />;
  }
  if (path === '/customers' && can.listCustomers) return <CustomersScreen can={can} />;
  if (customer && can.listCustomers) return <CustomerScreen customerId={customer[1]} tab={customer[2]} can={can} />;
  if (path === '/my-software' && can.seeOwnSoftware) return <MySoftwareScreen />;
  if (path === '/partner-requests' && can.answerPartnerRequests) return <PartnerRequestsScreen />;
  if (path === '/activity-log' && can.readActivityLog) return <ActivityLogScreen can={can} />;
  if (path === '/billing' && can.readBilling) return <BillingScreen />;
  if (path === '/support-requests/new' && can.requestRefund) return <SupportRequestScreen />;
  if (path === '/support-requests' && can.readSupportRequests) return <SupportRequestsScreen can={can} />;
  if (supportRequest && can.readSupportRequests) return <SupportRequestReview requestId={supportRequest[1]} can={can} />;
  if (path === '/catalog' && can.manageCatalog) return <CatalogScreen />;
  if (product && can.manageCatalog) return <ProductAdminScreen productId={decodeURIComponent(product[1])} />;
  if (path === '/cancellation-policies' && can.manageCatalog) return <PoliciesScreen />;
  return (
    <>
      <h1>Page not available</h1>
      <p>This page does not exist, or your role does not give access to it.</p>
      {home && <Link href={home}>Go to the start page</Link>}
    </>
  );
}

function NothingAllowed() {
  return (
    <>
      <h1>Nothing to show</h1>
      <p>
        Your account has no role that gives access to this portal. Ask your organisation's global admin to assign
        you one.
      </p>
    </>
  );
}
