import { Login } from './login';

export default function SessionPage() {
  return (
    <main>
      <Login baseUrl={process.env.NEXT_PUBLIC_AUTHN_BASE_URL ?? ''} clientToken={process.env.NEXT_PUBLIC_AUTHN_CLIENT_TOKEN ?? ''} />
    </main>
  );
}
