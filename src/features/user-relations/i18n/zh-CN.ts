import type { Catalogue } from '@/shared/i18n';

import type { en } from './en';

export const zhCN = {
  intro:
    '查看用户的好友列表（friend_get）、每段好友关系的方向（friend_check）以及黑名单（black_list_get）；可删除好友、拉黑和解除拉黑，便于检查和撤销一套测试数据。',
  outcomeRegion: '关系操作结果',
  actions: '操作',
  loadMore: '加载更多',
  picker: {
    label: '用户 · From_Account',
    show: '查看关系',
  },
  deleteType: {
    label: '删除方式 · DeleteType',
    both: '双向删除',
    single: '仅从 {{user}} 的列表删除',
    bothHelp: '{{user}} 与该好友互相从对方列表中移除，备注和分组一并删除。',
    singleHelp: '该好友从 {{user}} 的列表中移除；如果 {{user}} 在对方列表中，则保留。',
  },
  direction: {
    both: '双向',
    one: '单向',
    bothHelp: '{{user}} 和 {{friend}} 互在对方的好友列表中',
    oneHelp: '{{friend}} 在 {{user}} 的列表中，但 {{user}} 不在 {{friend}} 的列表中',
  },
  outcome: {
    except: '{{done}}，以下除外：',
  },
  writes: {
    andMore_other: '{{shown}} 等另外 {{count}} 个',
    deleteTitle: '从 {{user}} 的好友中删除 {{accounts}}？',
    delete: '删除好友',
    deleted: '已删除 {{accounts}}（{{type}}）',
    blockTitle: '拉黑 {{accounts}}？',
    blockConsequence:
      '拉黑会双向解除与 {{accounts}} 的好友关系，备注和分组一并删除。解除拉黑不会恢复好友关系。',
    block: '拉黑',
    blocked: '已拉黑 {{accounts}}',
    unblockTitle: '解除拉黑 {{accounts}}？',
    unblock: '解除拉黑',
    unblocked: '已解除拉黑 {{accounts}}',
  },
  friends: {
    title_other: '{{user}} 的好友（{{count}}）',
    search: '搜索好友',
    searchPlaceholder: '搜索账号、备注、分组',
    csvOf: '好友',
    selected: '已选好友',
    selectedCount_other: '已选 {{count}} 个',
    deleteSelected_other: '删除所选（{{count}}）',
    blockSelected_other: '拉黑所选（{{count}}）',
    clearSelection: '清除选择',
    empty: '{{user}} 没有好友。',
    noMatch: '目前列出的好友中没有匹配“{{search}}”的。',
    label: '好友',
    selectAll: '选择显示的所有好友',
    select: '选择 {{account}}',
    direction: '方向',
    remark: '备注',
    groups: '分组',
    added: '添加时间（{{zone}}）',
    deleteLabel: '删除好友 {{account}}',
    delete: '删除',
    blockLabel: '拉黑 {{account}}',
    loadMore: '加载更多好友（已显示 {{shown}} / {{total}}）',
  },
  blocklist: {
    title_other: '{{user}} 的黑名单（{{count}}）',
    csvOf: '黑名单',
    empty: '{{user}} 没有拉黑任何人。',
    label: '黑名单',
    since: '拉黑时间（{{zone}}）',
    unblockLabel: '解除拉黑 {{account}}',
    blockAccounts: '拉黑账号',
  },
} satisfies Catalogue<typeof en>;
