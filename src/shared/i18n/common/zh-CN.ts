import type { Catalogue } from '../catalogue';
import type { en } from './en';

export const zhCN = {
  language: {
    label: '语言',
  },
  timeZone: {
    label: '时区',
    browser: '{{zone}}（本机）',
    help: '所有页面和导出文件中的时间都使用此时区。',
  },
} satisfies Catalogue<typeof en>;
