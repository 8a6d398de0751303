// Query filters shared by the graph and analytics routes: comma-separated lists of vocabulary
// values (`status=active,needs_development`), each value checked against its enum.
import { z } from 'zod';

export function listOf<T extends z.ZodEnum<Record<string, string>>>(term: T, what: string) {
  return z
    .string()
    .max(500)
    .transform((text) => text.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(term).min(1, `give at least one ${what}`))
    .optional()
    .describe(`one or more of ${term.options.join(', ')}, comma-separated`);
}
