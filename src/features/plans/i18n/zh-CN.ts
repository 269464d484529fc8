import type { Catalogue } from '@/shared/i18n';

import type { en } from './en';

export const zhCN = {
  title: '计划',
  intro:
    '声明一组账号应有的好友关系、黑名单和资料设置；查看与实际状态的差异；以一次运行应用差异，运行后重新读取以核对。',
  editor: {
    label: '计划 · JSON 或 YAML',
    description: '粘贴计划或上传文件（格式见 schemas/plan.schema.json）。',
    hasProblems: '计划有问题，详见下方。',
    problemsTitle: '无法使用此计划',
    upload: '上传计划文件',
    example: '从示例开始',
    download: '下载计划',
    review: '查看变更',
  },
  fromRun: {
    loading: '正在读取关系矩阵运行 {{run}}…',
    loaded:
      '关系矩阵运行 {{run}} 查到的好友关系，已生成增量（additive）计划。先查看变更，确认没有差异，再编辑。',
    title: '由关系矩阵运行保存',
  },
  changes: {
    title: '变更',
    inSync: '已同步：无需变更。',
    summary_other: '{{count}} 项变更，共 {{calls}} 次调用，按频率限制至少需要 {{seconds}} 秒',
    none: '没有变更。',
    stillDifferent: '仍有差异',
    columns: {
      change: '变更',
      account: '账号',
      details: '详情',
    },
    apply: '应用计划',
  },
  kinds: {
    import: '导入',
    profiles: '设置资料',
    unblock: '移出黑名单',
    delete: '删除好友',
    add: '添加好友',
    fix: '修正备注/分组',
    block: '拉入黑名单',
  },
  picture: {
    title: '矩阵图',
    label: '以矩阵显示计划的变更：行是 From_Account，列是 To_Account',
    caption: '行账号的好友列表（或黑名单）包含列账号。圆点表示计划要求且已存在的好友关系。',
    kept: '好友，已存在',
    cell: '{{from}} → {{to}}：{{changes}}',
    imported: '{{account}}（待导入）',
    profile: '{{account}}（待设置资料）',
  },
  run: {
    title: '运行',
    label: '计划运行',
    progress: '已完成 {{calls}}/{{plannedCalls}} 次调用，{{succeeded}}/{{items}} 项成功',
    inSyncTitle: '已同步',
    inSync: '运行后重新读取：账号状态与计划一致。',
    notInSyncTitle: '未同步',
    readFailed: '无法重新读取状态：{{error}}',
    stopped: '运行已停止：{{reason}}',
    stillDiffer: '运行后重新读取，以下各项仍有差异。“历史”页面逐项说明失败原因。',
    endedEarly: '运行在所有调用完成之前以 {{status}} 结束。',
  },
  undo: {
    button: '撤销',
    title: '撤销计划运行 {{run}}？',
    consequence:
      '移除该运行添加的黑名单和好友关系，加回它删除的好友关系（连同备注和分组），并恢复它修改过的备注、分组和资料字段。它导入的账号保持导入状态。',
    confirm: '撤销该运行',
    runTitle: '撤销',
    done: '已由运行 {{run}} 撤销。计划导入的账号保持导入状态。',
    progress: '撤销运行 {{run}}：{{status}}，{{succeeded}}/{{items}} 项成功',
  },
  confirm: {
    title: '写入真实的腾讯云应用？',
    body_other:
      '将在 <b>SDKAppID {{sdkAppId}}</b>（地域 <b>{{region}}</b>）中应用 <b>{{count}} 项变更</b>（{{calls}} 次调用）。真实用户会看到这些好友关系和黑名单。',
    back: '返回',
    apply: '在 SDKAppID {{sdkAppId}} 中应用',
  },
} satisfies Catalogue<typeof en>;
