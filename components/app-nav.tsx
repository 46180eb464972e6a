'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isCurrentSection, sections } from '@/lib/nav';

export function AppNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 whitespace-nowrap">
        {sections.map(({ href, label }) => {
          const current = isCurrentSection(href, pathname);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${
                  current ? 'bg-brand-100 text-brand-900' : 'text-slate-700 hover:bg-slate-100'
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
