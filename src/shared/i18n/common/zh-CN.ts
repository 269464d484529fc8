import type { Catalogue } from '../catalogue';
import type { en } from './en';

export const zhCN = {
  actions: {
    cancel: '取消',
    close: '关闭',
  },
  confirmWrite: {
    unknownTarget: '未知目标',
    emulator: '模拟器',
    tencent: '真实的腾讯云 IM 应用',
    summary: '此次写操作的内容',
    accounts: '账号数',
    target: '目标',
    where: '{{where}} · SDKAppID {{sdkAppId}} · 地域 {{region}}',
    confirmIn: '在 SDKAppID {{sdkAppId}} 中{{action}}',
  },
  runStatus: {
    region: '任务状态',
    queued: '排队中',
    running: '进行中',
    done: '已完成',
    cancelled: '已取消',
    interrupted: '已中断',
    failed: '失败',
    startedBy: '任务 {{id}}，由 {{operator}} 于 {{time}} 发起',
    progressLabel: '已完成调用：{{done}} / {{total}}',
    progress:
      '已完成 {{callsDone}} / {{total}} 次调用 · 已应答 {{done}} / {{items}} 项。离开此页任务仍会在服务器上继续；可在“历史”中找到它。',
    counts: '完成 {{done}} 项，未发送 {{notSent}} 项，结果未知 {{unknown}} 项。',
    stopped: '任务已停止：{{reason}}',
  },
  runEnding: {
    cancelled: '已取消：已发送的调用都得到了应答，其余未发送。每一行都注明了属于哪种情况。',
    interrupted:
      '已中断：控制台在任务中途停止。没有重发任何调用；每一行都注明了已完成、未发送，还是已发送但无应答。',
  },
  leaveRun: {
    title: '此任务会在服务器上继续运行',
    body: '离开不会停止任务。可通过“历史”回来，或打开 <path>{{runPath}}</path> 查看其完成情况；在此页面点“取消”才会停止它。',
    stay: '留下',
    leave: '离开',
  },
  exportCsv: {
    label: '导出 {{of}} 的 CSV',
    button: '导出 CSV',
  },
  shell: {
    productName: 'Friend Console',
    tagline: '腾讯云即时通信 IM 关系链',
    toggleNavigation: '展开或收起导航',
    mainNavigation: '主导航',
    viewerNotice:
      '你以 viewer（只读）身份登录：所有页面都可查看，修改数据的控件已停用。如需修改，请申请 operator 角色。',
  },
  screens: {
    add: '添加好友',
    matrix: '关系矩阵',
    relations: '用户关系',
    accounts: '账号',
    plans: '计划',
    history: '历史',
    run: '任务',
    emulator: '模拟器',
    notFound: '页面不存在',
  },
  nav: {
    plansHint: '声明、比较、应用',
    historyHint: '任务 · 写操作 · 谁在何时',
    emulatorHint: '场景 · 故障 · 调用',
  },
  notFound: {
    body: '此地址没有对应的页面。前往<link>{{screen}}</link>。',
  },
  screenError: {
    newVersionTitle: '控制台已有新版本',
    failedTitle: '此页面出错',
    newVersionBody:
      '此标签页打开期间控制台已更新，服务器上已没有此页面的旧代码。请刷新以加载新版本；已发送的内容不会丢失。',
    failedBody: '显示此页面时出错。刷新通常可以解决；如果不行，请反馈下方的详细信息。',
    reload: '刷新控制台',
  },
  session: {
    local: '本地',
    viewersReadOnly: 'viewer 只能查看',
    viewerTooltip: 'viewer 只能查看：如需修改，请申请 operator 角色。',
    operatorTooltip: 'operator 可以查看和修改数据。',
  },
  target: {
    unknown: '目标未知：无法连接代理',
    connecting: '正在连接…',
    emulator: '模拟器 · SDKAppID {{sdkAppId}}',
    tencent: '腾讯云 IM · {{region}} · SDKAppID {{sdkAppId}}',
    tooltip: '调用发往 {{host}}，身份为 {{admin}}',
  },
  faultsActive_other: '故障注入中（{{count}}）',
  colorScheme: {
    label: '配色方案：{{scheme}}',
    button: '主题：{{scheme}}',
    current: '{{scheme}}（当前）',
    auto: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  language: {
    label: '语言',
  },
  timeZone: {
    label: '时区',
    browser: '{{zone}}（本机）',
    help: '所有页面和导出文件中的时间都使用此时区。',
  },
  failure: {
    tencentSays: '腾讯返回：“{{info}}”',
    unexpected: '意外错误',
    requestId: '请求 {{id}}',
    tencentError: '腾讯错误码 {{code}}',
    nextStep: '下一步：',
    network: {
      title: '无法连接控制台的服务器',
      nextStep: '确认控制台仍在运行，然后重试。',
    },
    contract: {
      title: '应答格式不符',
      nextStep: '请附上请求 ID 反馈此问题：应答与文档规定的格式不符。',
    },
    proxy: {
      upstream: '无法连接腾讯云即时通信 IM，或其处理失败；请稍后重试。',
      forbiddenRole: '你的角色不允许此修改：请向管理员申请 operator 角色，或以 operator 身份登录。',
      crossSite: '请从控制台自己的地址打开控制台后重试。',
      signIn: '请重新登录后重试。',
      forbidden: '你无权执行此操作；请联系控制台管理员。',
      tooLarge: '请减少每次发送的条目数。',
      tooMany: '请稍候再重试。',
      fixFields: '请修正上面指出的字段后重新发送。',
    },
  },
  validation: {
    tooManyBytes: '{{field}} 为 {{bytes}} 字节，上限为 {{limit}} 字节',
    tooFewBytes: '{{field}} 至少需要 {{minimum}} 字节',
    empty: '{{field}} 不能为空',
    accountIdChars: '{{field}} 只能包含不含空格的可打印 ASCII 字符',
    required: '{{field}} 为必填项',
    wrongType: '{{field}} 的类型必须是 {{expected}}',
    oneOf: '{{field}} 必须是 {{values}}',
    tooManyItems: '{{field}} 超过 {{limit}} 项，上限为 {{limit}}',
    tooFewItems: '{{field}} 至少需要 {{minimum}} 项',
  },
  savePlan: {
    link: '另存为计划',
  },
} satisfies Catalogue<typeof en>;
