import type { Catalogue } from '@/shared/i18n';

import type { en } from './en';

export const zhCN = {
  screen: {
    title: '添加好友',
    intro:
      '以 App 管理员身份调用 v4/sns/friend_add，作为服务器上的一次运行执行。每个账号都有各自的结果和说明。',
    fromMissingTitle: 'From_Account 不存在',
    fromMissing: '{{from}} 尚未导入，每一行都会以 30003 失败。请先在“账号”页面导入它。',
  },
  confirm: {
    title: '添加这些好友？',
    consequenceSingle: '将 {{count}} 个账号加入 {{from}} 的好友列表。',
    consequenceBoth:
      '将 {{count}} 个账号加入 {{from}} 的好友列表，并把 {{from}} 加入它们各自的好友列表。',
    button: '添加好友',
  },
  form: {
    name: '添加好友表单',
    fromLabel: '来源账号 · From_Account',
    fromDescription: '其好友列表将加入新好友的用户。',
    toLabel: '目标账号 · To_Account',
    toDescription:
      '每行一个账号，或一个 CSV/TSV 表格，表头包含 To_Account 以及 {{fields}} 中的任意字段。{{rows}}。',
    rows_other: '{{count}} 行',
    rowsInCalls: '{{rows}} 行，分 {{calls}} 次调用发送，每次最多 1000 个',
    rowsOwnColumns: '各行自带 {{columns}}；其余字段取上方的值。',
    sharedColumns: '备注、分组、来源和附言适用于每一行。',
    applyToAll: '应用到所有行',
    checkFirstHint:
      '读取 account_check、friend_check、black_list_check 和 portrait_get；不写入任何内容。',
    checkFirst: '先检查',
    submit: '添加好友',
  },
} satisfies Catalogue<typeof en>;
