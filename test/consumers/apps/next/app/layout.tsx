import type { ReactNode } from 'react';
import 'authn-flow-kit/styles.css';

export const metadata = { title: 'Consumer: Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
