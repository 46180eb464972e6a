/** App sections in the shell, in order. Only sections that exist are listed. */
export const sections = [
  { href: '/', label: 'Dashboard' },
  { href: '/stories', label: 'Stories' },
  { href: '/case-studies', label: 'Case studies' },
  { href: '/metrics', label: 'Metrics' },
  { href: '/fundamentals', label: 'Fundamentals' },
  { href: '/practice', label: 'Practice' },
  { href: '/network', label: 'Network' },
  { href: '/roles', label: 'Roles' },
  { href: '/rehearse', label: 'Rehearse' },
  { href: '/account', label: 'Account' },
] as const;

export const isCurrentSection = (href: string, pathname: string) =>
  href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
