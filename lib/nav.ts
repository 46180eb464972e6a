/** App sections in the shell, in order. Only sections that exist are listed. */
export const sections = [
  { href: '/stories', label: 'Stories' },
  { href: '/account', label: 'Account' },
] as const;

export const signedInHome = sections[0].href;
