// The round the explorer shows, by name: the short routes answer from the server's default round
// and say which in their Samverkan-Round header; its mapping's name and the round's label caption
// an exported picture.
import { get } from './http.ts';

export interface RoundNames {
  mapping: string;
  round: string;
}

/** The default round's mapping name and round label; null when the server does not say. */
export async function fetchShownRound(signal?: AbortSignal): Promise<RoundNames | null> {
  const response = await fetch('/api/layout', { method: 'HEAD', signal });
  const [mapping, round] = response.headers.get('samverkan-round')?.split('/') ?? [];
  if (!mapping || !round) return null;
  const path = `/api/mappings/${encodeURIComponent(mapping)}`;
  const [m, r] = await Promise.all([
    get<{ name: string }>(path, undefined, signal),
    get<{ label: string }>(`${path}/rounds/${encodeURIComponent(round)}`, undefined, signal),
  ]);
  return { mapping: m.name, round: r.label };
}
