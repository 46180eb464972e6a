import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';

/**
 * Pages that read and write through react-query. The dashboard sits outside this group, so it
 * ships without react-query and stays within its First Load JS budget.
 */
export default function WithDataLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
