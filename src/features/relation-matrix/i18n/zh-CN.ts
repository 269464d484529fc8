import type { Catalogue } from '@/shared/i18n';

import type { en } from './en';

export const zhCN = {
  title: '关系矩阵',
  intro:
    '一组账号之间谁与谁是好友、谁拉黑了谁：由服务器端任务调用 v4/sns/friend_check 和 v4/sns/black_list_check 得出。',
  inputs: {
    accounts: '账号',
    accountsHelp: '行（From_Account），每行一个或用逗号分隔。共 {{count}} 个不重复账号。',
    columns: '列（可选）',
    columnsCount: '列（To_Account）：共 {{count}} 个不重复账号。',
    columnsEmpty: '列（To_Account）；留空则与行使用相同账号。',
    sameAsRows: '与行相同',
    checkType: '校验方式 · CheckType',
    checkTypeHelp: '双向校验还会显示对方是否也加了自己；单向校验只读取每一行账号自己的好友表。',
    both: '双向',
    single: '单向',
    needTwo: '请至少输入两个账号。',
    cost: '{{rows}} × {{columns}}：{{calls}} 次 friend_check 和 {{calls}} 次 black_list_check 调用，按每个接口 200 次/秒，至少需要 {{time}}。',
    run: '校验关系',
    summary: '{{rows}} × {{columns}} · {{checkType}}',
    edit: '修改输入',
    hide: '收起输入',
  },
  legend: {
    label: '图例',
    hint: '点击某一类，只显示包含该类单元格的行。',
    pending: '尚未校验',
    bothWay: '双向好友',
    aWithB: '仅行 → 列',
    bWithA: '仅列 → 行',
    none: '无关系',
    failed: '校验失败',
    self: '同一账号',
    blocked: '已拉黑',
    count: '{{label}}：{{total}}',
    clear: '显示全部行',
    noRows: '没有符合所选类别的行。',
  },
  grid: {
    label: '关系矩阵',
    to: 'To →',
    from: 'From ↓',
    cell: '{{from}} → {{to}}：{{words}}',
  },
  relation: {
    bothWay: '双向好友',
    aWithBSingle: '{{from}} 的好友表中有 {{to}}（未校验反向）',
    aWithB: '仅 {{from}} → {{to}}',
    bWithA: '仅 {{to}} → {{from}}',
    noneSingle: '{{from}} 的好友表中没有 {{to}}（未校验反向）',
    none: '无关系',
    failed: '校验失败',
    self: '同一账号',
    pending: '尚未校验',
  },
  block: {
    rowBlocksColumn: '{{from}} 拉黑了 {{to}}',
    columnBlocksRow: '{{to}} 拉黑了 {{from}}',
    both: '双方互相拉黑',
    rowBlocksColumnWhy:
      '{{to}} 在 {{from}} 的黑名单中（black_list_check）。在 {{from}} 解除拉黑 {{to}} 之前，以 {{from}} 身份添加 {{to}} 会返回 30515；强制添加也无法绕过黑名单。',
    columnBlocksRowWhy:
      '{{from}} 在 {{to}} 的黑名单中（black_list_check）。在 {{to}} 解除拉黑 {{from}} 之前，以 {{from}} 身份添加 {{to}} 会返回 30525；强制添加也无法绕过黑名单。',
    openBlocklist: '{{account}} 的黑名单',
  },
  forbid: {
    badge: 'SendOut',
    explain:
      'AdminForbidType 为 AdminForbid_Type_SendOut：{{account}} 被禁止添加好友；以 {{account}} 发起的 friend_add 会返回 30009。',
  },
  inspector: {
    cell: '选中的单元格',
    row: '选中的行',
    preview: '指针所在：{{words}}',
    rowCandidates_other: 'From_Account {{from}} 这一行：有 {{count}} 个账号尚无好友关系。',
    rowOneWay_other: '有 {{count}} 对是单向好友：选中对应单元格即可补加缺少的一侧。',
    rowBlocked_other: '{{count}} 对账号存在拉黑，不会包含在“加为好友”中。',
    makeFriends: '加为好友',
    makeFriendsCount: '加为好友（{{count}}）',
    addMissing: '添加 {{from}} → {{to}}（单向）',
    checkAgain: '重新校验',
    resultCode: 'ResultCode {{code}}',
    nextStep: '下一步：{{step}}',
  },
  results: {
    checkFailures: '重新校验失败项',
    exportCsv: '导出 CSV',
  },
  unanswered: {
    notSent: '未发送',
    notSentMeaning: '未校验：任务在发送这次调用之前就停止了。',
    noAnswer: '无应答',
    noAnswerMeaning: '未校验：调用已发出，但一直没有收到应答。',
    again: '点击“重新校验”立即再查询一次。',
  },
} satisfies Catalogue<typeof en>;
