// Which language an answer is written in. A rendered report (the gaps report's and the
// comparison's Markdown): `?lang=` when the caller names one, else the first of Swedish and English
// that the caller's Accept-Language lists (by its q weights), else English. The ETag covers
// Accept-Language (etag.ts), so a cached report is never served in the other language. Messages
// (errors, import problems) follow Accept-Language alone.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export const REPORT_LANGS = ['en', 'sv'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export const LangQuery = z
  .enum(REPORT_LANGS)
  .optional()
  .describe('the language of the Markdown; without it, the first of sv or en in Accept-Language, else en');

/** The first of our languages the header accepts, by weight (q=0 refuses); null when none. */
export function acceptedLanguage(header: string | undefined): ReportLang | null {
  const ranges = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q.slice(2)), order };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return (ranges.find((r) => (REPORT_LANGS as readonly string[]).includes(r.primary ?? ''))?.primary as ReportLang | undefined) ?? null;
}

/** Adds `field` to the answer's Vary header, keeping what is there. */
function varyOn(reply: FastifyReply, field: string): void {
  const present = String(reply.getHeader('vary') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!present.some((f) => f.toLowerCase() === field.toLowerCase())) reply.header('vary', [...present, field].join(', '));
}

/**
 * The language of the answer's messages (errors, import problems): the first of sv or en that
 * Accept-Language lists, else English. The answer names it and says it varies with the header.
 */
export function messageLanguage(request: FastifyRequest, reply: FastifyReply): ReportLang {
  const lang = acceptedLanguage(request.headers['accept-language']) ?? 'en';
  reply.header('content-language', lang);
  varyOn(reply, 'Accept-Language');
  return lang;
}

/** The report's language for this request; the answer says it varies with Accept-Language. */
export function reportLanguage(request: FastifyRequest, reply: FastifyReply, asked: ReportLang | undefined): ReportLang {
  reply.header('vary', 'Accept, Accept-Language');
  return asked ?? acceptedLanguage(request.headers['accept-language']) ?? 'en';
}
