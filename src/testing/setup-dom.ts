import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

import { setApiBaseUrl } from '@/api/client';

import { backendUrls } from './backend-urls';

// jsdom lacks these; Mantine's own test template stubs them the same way.
beforeAll(() => {
  setApiBaseUrl(backendUrls.proxy());
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView ??= () => undefined;
  // jsdom's Blob (and so File) lacks the promise readers browsers have.
  Blob.prototype.arrayBuffer ??= function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
      reader.readAsArrayBuffer(this);
    });
  };
  Blob.prototype.text ??= async function (this: Blob) {
    return new TextDecoder().decode(await this.arrayBuffer());
  };
  // jsdom does no layout, so every box is 0×0 and a virtualized grid would render nothing.
  // Scroll containers (the matrix grid) get a desktop-sized viewport instead.
  for (const [name, size] of [
    ['clientWidth', 1200],
    ['clientHeight', 600],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === 'grid' ? size : 0;
      },
    });
  }
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: {
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        ready: Promise.resolve(),
      },
    });
  }
});

// findBy*/waitFor wait for a real proxy and emulator; on a loaded machine 1 s is not enough.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
