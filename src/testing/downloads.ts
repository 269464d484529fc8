import { vi } from 'vitest';

/**
 * Captures what the console hands to the browser's download (jsdom has no object URLs), and
 * reads it back as the bytes a user would save.
 */
export function captureDownloads(): { blobs: Blob[]; text: (index?: number) => Promise<string> } {
  const blobs: Blob[] = [];
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return {
    blobs,
    // ignoreBOM keeps the byte order mark, so tests can see it is there.
    text: async (index = blobs.length - 1) => {
      const blob = blobs[index];
      if (!blob) throw new Error('nothing was downloaded');
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    },
  };
}
