// The Export menu: the round as a file in every format the export route writes, downloaded under
// the name the server gives it (mapping, round and date). Fetched rather than linked, so the API
// key goes along when reads need one.
import type { ExportFormat } from '../../../server/interchange/export/formats.ts';
import { ApiError, apiHeaders } from '../api/http.ts';
import { exportUrl } from '../api/interchange.ts';
import { i18n } from '../i18n/i18n.ts';
import { download, h } from './dom.ts';

/** Every export format, in menu order; the type makes a new server format a compile error here. */
export const EXPORT_LABELS: Record<ExportFormat, string> = {
  xlsx: 'Excel (XLSX)',
  csv: 'CSV (zip)',
  graphml: 'GraphML',
  gexf: 'GEXF',
  json: 'Samverkan JSON',
  'node-link': 'node-link JSON (networkx)',
  cytoscape: 'Cytoscape.js JSON',
};

/** The file name in a Content-Disposition header, or null. */
export function attachmentName(header: string | null): string | null {
  const match = /filename="([^"]+)"/.exec(header ?? '');
  return match?.[1] ?? null;
}

export async function downloadExport(prefix: string, format: ExportFormat): Promise<void> {
  const response = await fetch(exportUrl(prefix, format), { headers: apiHeaders() });
  if (!response.ok) throw new ApiError(response.status, 'export_failed', response.statusText);
  download(attachmentName(response.headers.get('content-disposition')) ?? `samverkan.${format}`, await response.blob());
}

/** `root` is the toolbar: the menu stays open across its rebuilds. */
export function exportMenu(root: HTMLElement, prefix: string): HTMLElement {
  const wasOpen = root.querySelector<HTMLDetailsElement>('#export-menu')?.open ?? false;
  const menu: HTMLDetailsElement = h(
    'details',
    { class: 'file-menu', id: 'export-menu', open: wasOpen },
    h('summary', { id: 'export-summary' }, i18n.t('exportMenu')),
    h(
      'div',
      { class: 'menu-items' },
      (Object.keys(EXPORT_LABELS) as ExportFormat[]).map((format) =>
        h(
          'button',
          {
            type: 'button',
            'data-export': format,
            on: {
              click: () => {
                menu.open = false;
                root.querySelector<HTMLElement>('#export-summary')?.focus();
                void downloadExport(prefix, format).catch((error: unknown) => alert(i18n.t('exportFailed', { message: String(error) })));
              },
            },
          },
          EXPORT_LABELS[format],
        ),
      ),
    ),
  );
  return menu;
}
