import { apiFetch } from './fetch';

/**
 * Fills an empty account with the example workspace. A plain call in a module of its own: the
 * dashboard that offers it ships without react-query.
 */
export function loadDemo() {
  return apiFetch<{ loaded: true }>('/api/v1/demo', { method: 'POST' });
}
