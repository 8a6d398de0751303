// Text helpers shared by stores and services, so that search and id derivation behave the
// same whichever store is in use.
import slugify from 'slugify';

/** Lower case without diacritics: "Kronogården" and "kronogarden" meet here. */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** A URL-safe id from a Swedish name: "Kultur- och fritidsförvaltningen" → "kultur-och-fritidsforvaltningen". */
export function slugFor(name: string): string {
  return slugify(searchKey(name), { lower: true, strict: true, trim: true }).replace(/-+/g, '-').slice(0, 120).replace(/-$/, '');
}

/** `text` as a regular expression that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
