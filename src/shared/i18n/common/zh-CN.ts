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
} satisfies Catalogue<typeof en>;
