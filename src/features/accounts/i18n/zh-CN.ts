import type { Catalogue } from '@/shared/i18n';

import type { en } from './en';

export const zhCN = {
  intro:
    '用户是否存在？是否接受好友请求？通过 account_check 和 portrait_get 读取；用 multiaccount_import 导入，用 portrait_set 设置 AllowType 和 AdminForbidType，用 account_delete 删除。',
  summary_other: '共 {{count}} 个账号：{{exist}} 个存在，{{missing}} 个缺失',
  fieldTo: '{{field}} 为 {{value}}',
  csvOf: '账号',
  importMissing_other: '导入缺失账号（{{count}}）',
  picker: {
    label: '账号 · UserID',
    help: '每行一个 UserID，或用逗号分隔。',
    check: '检查账号',
    row: '第 {{row}} 行：{{problem}}',
    empty: '账号：请至少输入一个 UserID',
  },
  table: {
    label: '账号',
    selectAll: '选择所有已存在的账号',
    select: '选择 {{account}}',
    status: '状态',
    links: '链接',
    exists: '存在',
    missing: '缺失',
    fieldOf: '{{account}} 的 {{field}}',
    relations: '关系',
  },
  selection: {
    region: '已选账号',
    count_other: '已选 {{count}} 个',
    fieldFor: '为所选设置 {{field}}',
    choose: '请选择…',
    setLabel_other: '为所选 {{count}} 个账号设置 {{field}}',
    set: '设置',
    delete_other: '删除所选（{{count}}）',
    clear: '清除选择',
  },
  values: {
    AllowType_Type_AllowAny: '允许任何人添加',
    AllowType_Type_NeedConfirm: '需要验证',
    AllowType_Type_DenyAny: '拒绝任何人添加',
    AdminForbid_Type_None: '允许发起加好友请求',
    AdminForbid_Type_SendOut: '禁止发起加好友请求',
  },
  writes: {
    importTitle_other: '导入 {{count}} 个账号？',
    import: '导入',
    imported_other: '已导入 {{count}} 个账号',
    refused: '{{account}}：被 multiaccount_import 拒绝',
    setTitle_other: '为 {{count}} 个账号设置 {{label}}？',
    set: '设置',
    setDone_other: '已为 {{count}} 个账号设置 {{label}}',
    deleteTitle_other: '删除 {{count}} 个账号？',
    deleteConsequence:
      'account_delete 会删除每个账号，以及涉及它的所有好友关系、黑名单和分组条目。重新导入账号也无法恢复这些数据。',
    delete: '删除账号',
    deleted_other: '已删除 {{count}} 个账号',
  },
} satisfies Catalogue<typeof en>;
