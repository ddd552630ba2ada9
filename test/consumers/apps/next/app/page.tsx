// A server component: `<AuthNFlow/>` imported straight into an App Router page, with only props a
// server can pass. The page is prerendered at build time, so nothing in the kit may read `window`
// while rendering.
import { AuthNFlow } from 'authn-flow-kit';

export default function Page() {
  return (
    <main style={{ textAlign: 'center' }}>
      <AuthNFlow baseUrl={process.env.NEXT_PUBLIC_AUTHN_BASE_URL ?? ''} clientToken={process.env.NEXT_PUBLIC_AUTHN_CLIENT_TOKEN ?? ''} />
    </main>
  );
}
