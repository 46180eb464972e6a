/**
 * A minimal Next app built from the project's own `next`, the baseline of `npm run bench`:
 * no proxy, no auth, no database. Kept in the repo so every run compares against the same thing.
 */
export default { poweredByHeader: false };
