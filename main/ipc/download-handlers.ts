import type { HandlerTable } from './handler-table.js';
import type { DownloadService } from '../downloads/download-service.js';
import { progressOf } from '../downloads/download-registry.js';

/** Saving files: start, follow, cancel and open (by id only). */
export function createDownloadHandlers(downloads: DownloadService) {
  return {
    startDownload: (target) => downloads.start(target),
    getDownload: async ({ downloadId, after }) => progressOf(await downloads.progress(downloadId, after)),
    cancelDownload: async ({ downloadId }) => {
      downloads.cancel(downloadId);
      return null;
    },
    openDownload: async ({ downloadId }) => {
      await downloads.open(downloadId);
      return null;
    },
  } satisfies Partial<HandlerTable>;
}
