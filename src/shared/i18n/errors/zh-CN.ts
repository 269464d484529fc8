import type { ErrorTexts } from './en';

/**
 * The error catalogue in Simplified Chinese: meaning, cause and next step per code, worded after
 * Tencent's Chinese error-code pages (REST API 错误码, 添加好友 friend_add, 资料与关系链 FAQ).
 * ResultInfo / ErrorInfo strings are never translated: they are quoted verbatim elsewhere.
 */
export const zhCN: ErrorTexts = {
  unknown: {
    meaning: '腾讯返回了错误码 {{code}}，该错误码不在本控制台的错误码表中。',
    cause: '未公开的或新增的错误码。',
    nextStep: '在腾讯云的错误码文档中查找该错误码；如果像是临时故障，可重试一次。',
  },
  // 公共错误码（REST API）
  '60002': {
    meaning: 'HTTP 解析错误：无法解析请求或其 URL。',
    cause: '服务收到了格式错误的 URL 或查询参数。',
    nextStep: '检查请求 URL 及其查询参数的格式。',
  },
  '60003': {
    meaning: 'HTTP 请求 JSON 解析错误：请求包体不是合法的 JSON。',
    cause: '包体格式错误或为空。',
    nextStep: '发送合法的 JSON 对象；不需要字段时发送 {}。',
  },
  '60004': {
    meaning: '请求 URL 中的账号（identifier）或签名（UserSig）错误。',
    cause: '管理员账号或其 UserSig 缺失或不匹配。',
    nextStep: '核对管理员账号，并重新生成其 UserSig。',
  },
  '60005': {
    meaning: '请求中的账号（identifier）或签名（UserSig）错误。',
    cause: '管理员账号与其 UserSig 不匹配。',
    nextStep: '核对管理员账号，并重新生成其 UserSig。',
  },
  '60006': {
    meaning: 'SDKAppID 失效。',
    cause: 'URL 中的 sdkappid 不对应本服务的任何应用。',
    nextStep: '核对代理配置中的 SDKAppID。',
  },
  '60007': {
    meaning: 'REST 接口调用频率超过限制。',
    cause: '每秒调用次数超过了该接口的上限（200 次/秒，部分账号接口 100 次/秒）。',
    nextStep: '稍等片刻后重试；控制台会控制调用节奏，使其保持在上限以下。',
  },
  '60008': {
    meaning: '服务请求超时，或 HTTP 请求格式错误。',
    cause: '后台未能及时应答。',
    nextStep: '重试；如果持续出现，请检查请求。',
  },
  '60009': {
    meaning: '请求的 API 路径不存在（请求资源错误）。',
    cause: 'URL 中的 v4/<service>/<command> 不存在。',
    nextStep: '检查 URL 中的服务名和命令字。',
  },
  '60010': {
    meaning: '请求需要 App 管理员权限：identifier 不是 App 管理员。',
    cause: 'REST 接口必须以 App 管理员账号调用。',
    nextStep: '使用在即时通信 IM 控制台中配置的管理员账号。',
  },
  '60011': {
    meaning: 'SDKAppID 请求频率超过限制。',
    cause: '整个应用每秒调用次数过多。',
    nextStep: '降低调用频率，稍后重试。',
  },
  '60012': {
    meaning: '缺少 sdkappid 参数。',
    cause: 'URL 中没有 sdkappid。',
    nextStep: '在查询参数中加上 sdkappid。',
  },
  '60013': {
    meaning: '服务生成 JSON 应答包失败（HTTP 响应包 JSON 解析错误）。',
    cause: '腾讯侧的内部错误。',
    nextStep: '重试；如果持续出现，请向腾讯云反馈。',
  },
  '60014': {
    meaning: '置换账号超时。',
    cause: '腾讯侧的内部超时。',
    nextStep: '重试。',
  },
  '60015': {
    meaning: '请求包体中的账号类型错误：UserID 不是字符串。',
    cause: '某个账号以数字或其他类型发送。',
    nextStep: '所有 UserID 都以 JSON 字符串发送。',
  },
  '60016': {
    meaning: 'SDKAppID 已被禁用。',
    cause: '应用被暂停或禁用。',
    nextStep: '在即时通信 IM 控制台检查该应用，或联系腾讯云技术支持。',
  },
  '60017': {
    meaning: '请求被禁用。',
    cause: '该应用不允许调用此接口。',
    nextStep: '检查应用的功能配置。',
  },
  '60018': {
    meaning: '请求过于频繁。',
    cause: '服务正在对该应用限流。',
    nextStep: '稍后重试。',
  },
  '60019': {
    meaning: '请求过于频繁。',
    cause: '服务正在对该应用限流。',
    nextStep: '稍后重试。',
  },
  '60020': {
    meaning: '专业版套餐包已到期并停用，或未开通。',
    cause: '应用的付费套餐已失效（重新购买后约 5 分钟生效）。',
    nextStep: '在即时通信 IM 控制台续费套餐包。',
  },
  '60021': {
    meaning: 'REST API 调用来源 IP 不被允许。',
    cause: '应用设置了 IP 白名单，而代理的出口地址不在其中。',
    nextStep: '把代理的出口 IP 加入白名单。',
  },
  // 消息相关（仅消息接口会返回）
  '80001': {
    meaning: '消息文本被安全打击（含敏感内容）。',
    cause: '内容审核命中了该文本。',
    nextStep: '修改文本（仅消息接口）。',
  },
  '80002': {
    meaning: '消息包体超过 8 KB。',
    cause: '消息过大。',
    nextStep: '缩短消息（仅消息接口）。',
  },
  '80003': {
    meaning: '发消息前回调失败或超时。',
    cause: '应用的回调服务拒绝了请求或未应答。',
    nextStep: '检查应用的回调服务器（仅消息接口）。',
  },
  '80004': {
    meaning: '消息图片被安全打击（含敏感内容）。',
    cause: '内容审核命中了该图片。',
    nextStep: '更换图片（仅消息接口）。',
  },
  // 帐号与 UserSig
  '70001': {
    meaning: 'UserSig 已过期。',
    cause: '管理员 UserSig 超过了有效期。',
    nextStep: '重新生成 UserSig；代理会在过期前自动续签，因此请检查服务器时钟。',
  },
  '70002': {
    meaning: 'UserSig 长度为 0（为空）。',
    cause: '请求没有携带 usersig。',
    nextStep: '在 usersig 参数中传入管理员的 UserSig。',
  },
  '70003': {
    meaning: 'UserSig 非法。',
    cause: '不是合法的 v2 UserSig：编码错误、被截断或缺少字段。',
    nextStep: '按官方算法重新生成 UserSig。',
  },
  '70005': {
    meaning: 'UserSig 格式错误。',
    cause: '不是合法的 v2 UserSig。',
    nextStep: '按官方算法重新生成 UserSig。',
  },
  '70009': {
    meaning: 'UserSig 校验失败。',
    cause: '签名使用的密钥不同，可能是另一个应用的密钥。',
    nextStep: '使用本应用的密钥（TIM_SECRET_KEY）。',
  },
  '70013': {
    meaning: '请求中的 identifier 与生成 UserSig 时使用的 UserID 不一致。',
    cause: 'UserSig 是为另一个 UserID 生成的。',
    nextStep: '为同一个管理员账号生成 UserSig。',
  },
  '70014': {
    meaning: '请求中的 SDKAppID 与生成 UserSig 时使用的 SDKAppID 不一致。',
    cause: 'UserSig 是为另一个应用生成的。',
    nextStep: '为本 SDKAppID 生成 UserSig。',
  },
  '70016': {
    meaning: '验证密钥不存在。',
    cause: '该应用没有配置密钥。',
    nextStep: '在即时通信 IM 控制台获取密钥。',
  },
  '70020': {
    meaning: 'SDKAppID 未找到。',
    cause: '没有任何应用使用该 SDKAppID。',
    nextStep: '核对 SDKAppID。',
  },
  '70050': {
    meaning: 'UserSig 验证失败次数过多，约一分钟内被拒绝。',
    cause: '多次使用错误的 UserSig。',
    nextStep: '先修正 UserSig，再等待一分钟。',
  },
  '70051': {
    meaning: '账号已被拉入黑名单。',
    cause: '该账号被封禁。',
    nextStep: '联系腾讯云技术支持。',
  },
  '70052': {
    meaning: 'UserSig 已经失效。',
    cause: '签名已被吊销。',
    nextStep: '重新生成 UserSig。',
  },
  '70107': {
    meaning: '请求的用户账号（UserID）不存在。',
    cause: '该账号从未导入。',
    nextStep: '先导入该账号（account_import）。',
  },
  '70114': {
    meaning: '因安全原因被限制登录。',
    cause: '短时间内登录过于频繁。',
    nextStep: '降低登录频率。',
  },
  '70169': {
    meaning: '服务端内部超时。',
    cause: '腾讯侧的内部超时。',
    nextStep: '重试。',
  },
  '70202': {
    meaning: '服务端内部超时。',
    cause: '腾讯侧的内部超时。',
    nextStep: '重试。',
  },
  '70206': {
    meaning: '请求中的批量数量不合法。',
    cause: '某个列表超过了该接口的单次上限。',
    nextStep: '遵守单次上限（multiaccount_import 每次最多 100 个账号）。',
  },
  '70346': {
    meaning: 'UserSig 无效（旧版错误码）。',
    cause: '旧格式的签名。',
    nextStep: '按 v2 算法重新生成 UserSig。',
  },
  '70398': {
    meaning: '账号数已达上限。',
    cause: '体验版应用最多 100 个账号。',
    nextStep: '升级套餐或删除账号。',
  },
  '70402': {
    meaning: '参数非法。',
    cause: '缺少必填字段或字段类型错误。',
    nextStep: '检查 ErrorInfo 中指出的字段。',
  },
  '70403': {
    meaning: '请求需要 App 管理员权限。',
    cause: 'identifier 是合法用户，但不是 App 管理员。',
    nextStep: '使用管理员账号（TIM_ADMIN）。',
  },
  '70500': {
    meaning: '服务器内部错误。',
    cause: '腾讯侧的内部错误。',
    nextStep: '重试。',
  },
  '71000': {
    meaning: '删除账号失败。',
    cause: '仅体验版应用可以删除账号。',
    nextStep: '改为踢下线，或使用体验版应用。',
  },
  '72000': {
    meaning: '体验版日活（DAU）超过上限。',
    cause: '体验版应用的日活跃用户过多。',
    nextStep: '升级套餐。',
  },
  '72001': {
    meaning: '未开启用户状态功能。',
    cause: '该应用关闭了此功能。',
    nextStep: '在即时通信 IM 控制台开启该功能。',
  },
  // 资料（portrait）
  '40001': {
    meaning: '资料请求参数错误。',
    cause: '某个字段缺失或格式错误。',
    nextStep: '检查 ErrorInfo 中指出的字段。',
  },
  '40002': {
    meaning: '缺少 To_Account。',
    cause: '请求中没有列出任何账号。',
    nextStep: '加上 To_Account。',
  },
  '40003': {
    meaning: '请求的用户账号不存在。',
    cause: '该账号从未导入。',
    nextStep: '先导入该账号。',
  },
  '40004': {
    meaning: '请求需要 App 管理员权限。',
    cause: '调用方不是管理员。',
    nextStep: '使用管理员账号。',
  },
  '40005': {
    meaning: '资料字段中包含敏感词。',
    cause: '内容审核命中了该文本。',
    nextStep: '修改文本。',
  },
  '40006': {
    meaning: '资料服务内部错误。',
    cause: '腾讯侧的内部错误。',
    nextStep: '重试。',
  },
  '40007': {
    meaning: '没有该资料字段的读权限。',
    cause: '该字段的读权限不包括此调用方。',
    nextStep: '在控制台检查资料字段的权限。',
  },
  '40008': {
    meaning: '没有该资料字段的写权限。',
    cause: '该字段的写权限不包括此调用方。',
    nextStep: '在控制台检查资料字段的权限。',
  },
  '40009': {
    meaning: '资料字段的 Tag 不存在。',
    cause: '未知的 Tag_Profile_* 名称。',
    nextStep: '核对 Tag 名称。',
  },
  '40601': {
    meaning: '资料字段的 Value 长度超过 500 字节。',
    cause: 'Nick、FaceUrl 或其他文本字段过长。',
    nextStep: '把取值缩短到 500 字节以内。',
  },
  '40605': {
    meaning: '标配资料字段的 Value 错误。',
    cause: '例如 AllowType 不在其枚举值之内。',
    nextStep: '使用文档列出的取值之一。',
  },
  '40610': {
    meaning: '资料字段的 Value 类型不匹配。',
    cause: '应为数字时传了字符串，或者相反。',
    nextStep: '按文档规定的类型发送。',
  },
  // 关系链（sns）
  '30001': {
    meaning: '请求参数错误，或该条目状态不符（已经是好友、不是好友、已在黑名单中、不在黑名单中）。',
    cause: '请看 ResultInfo：它指出了出错的字段或状态。',
    nextStep: '修正 ResultInfo 指出的输入；已经是好友则无需处理。',
  },
  '30002': {
    meaning: 'SDKAppID 不匹配。',
    cause: '请求是为另一个应用发送的。',
    nextStep: '核对 SDKAppID。',
  },
  '30003': {
    meaning: '请求的用户账号不存在。',
    cause: '该账号从未导入。',
    nextStep: '导入该账号（account_import）后重试。',
  },
  '30004': {
    meaning: '请求需要 App 管理员权限。',
    cause: '调用方不是 App 管理员。',
    nextStep: '使用管理员账号。',
  },
  '30005': {
    meaning: '关系链字段中包含敏感词。',
    cause: '内容审核命中了 Remark、GroupName 或 AddWording。',
    nextStep: '修改文本。',
  },
  '30006': {
    meaning: '服务器内部错误。',
    cause: '腾讯侧的临时故障。',
    nextStep: '重试失败的账号。',
  },
  '30007': {
    meaning: '服务内部网络超时。',
    cause: '腾讯侧的临时超时。',
    nextStep: '稍后重试失败的账号。',
  },
  '30008': {
    meaning: '并发写导致写冲突。',
    cause: '多个调用同时修改了同一个账号。',
    nextStep: '重试；同一用户的条目请合并到一次批量调用，不要并行调用。',
  },
  '30009': {
    meaning: '后台禁止该 From_Account 发起加好友请求。',
    cause: '其 AdminForbidType 为 AdminForbid_Type_SendOut。',
    nextStep: '把 AdminForbidType 设为 AdminForbid_Type_None 后重试。',
  },
  '30010': {
    meaning: 'From_Account 的好友数已达系统上限（3000）。',
    cause: '该账号已有 3000 个好友。',
    nextStep: '先删除部分好友。',
  },
  '30011': {
    meaning: '分组数已达系统上限（32 个）。',
    cause: '该分组名将成为第 33 个分组。',
    nextStep: '使用已有的分组名，或删除一个分组。',
  },
  '30012': {
    meaning: '未决的加好友请求已达系统上限（100 个）。',
    cause: 'From_Account 有 100 个等待对方同意的请求。',
    nextStep: '等待对方处理，或强制添加（ForceAddFlags = 1）。',
  },
  '30013': {
    meaning: '黑名单数已达系统上限（1000）。',
    cause: '该账号已拉黑 1000 个账号。',
    nextStep: '先解除部分拉黑。',
  },
  '30014': {
    meaning: '对方的好友数已达系统上限（3000）。',
    cause: 'To_Account 已有 3000 个好友。',
    nextStep: '需要对方先删除部分好友。',
  },
  '30515': {
    meaning: '请求添加好友时，对方在自己（From_Account）的黑名单中，不允许加好友。',
    cause: 'From_Account 拉黑了 To_Account；强制添加也不能绕过黑名单。',
    nextStep: '先把对方移出黑名单（black_list_delete），再重试。',
  },
  '30516': {
    meaning: '请求添加好友时，对方的加好友验证方式是不允许任何人添加自己为好友。',
    cause: '对方的 AllowType 为 AllowType_Type_DenyAny。',
    nextStep: '以强制添加（ForceAddFlags = 1）重试，或修改对方的 AllowType。',
  },
  '30525': {
    meaning: '请求添加好友时，自己（From_Account）在对方的黑名单中，不允许加好友。',
    cause: 'To_Account 拉黑了 From_Account；强制添加也不能绕过黑名单。',
    nextStep: '需要对方先把 From_Account 移出黑名单。',
  },
  '30539': {
    meaning: '加好友请求已发出，等待对方同意。',
    cause: '对方的 AllowType 为 AllowType_Type_NeedConfirm。',
    nextStep: '等待对方同意，或以强制添加（ForceAddFlags = 1）重试。',
  },
  '30540': {
    meaning: '添加好友请求被安全策略打击。',
    cause: '短时间内发起了过多的加好友请求。',
    nextStep: '请勿频繁发起加好友请求，稍后重试。',
  },
  '30614': {
    meaning: '好友申请（未决）不存在。',
    cause: '没有可以回应的待处理请求。',
    nextStep: '无需回应；请查看待处理的请求。',
  },
  '31307': {
    meaning: '该账号已在黑名单中（仅在真实日志中见过）。',
    cause: '对方已经在黑名单里。',
    nextStep: '无需处理。',
  },
  '31704': {
    meaning: '与请求删除的账号之间不存在好友关系。',
    cause: '没有可删除的好友关系。',
    nextStep: '无需处理。',
  },
  '31707': {
    meaning: '删除好友请求被安全策略打击。',
    cause: '短时间内删除过多好友。',
    nextStep: '请勿频繁发起删除好友请求，稍后重试。',
  },
  '31804': {
    meaning: '请求的用户账号不存在。',
    cause: '该账号从未导入。',
    nextStep: '先导入该账号。',
  },
  '32216': {
    meaning: '该账号不是好友，不能加入好友分组。',
    cause: 'group_add 指定的 To_Account 不在好友表中（仅见于文档示例）。',
    nextStep: '先添加该账号为好友。',
  },
};
