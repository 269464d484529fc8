/**
 * Every Tencent code the console can meet (contract §6 and §7), as data: the UI explains with
 * it and the emulator answers with its `info` strings, so the two cannot drift apart.
 */

/**
 * A ResultInfo / ErrorInfo string. `documented` strings are Tencent's own, seen in a doc sample
 * or a live answer (`source` says where); `ours` were made up for the emulator, and the console
 * never presents them as Tencent's words.
 */
export type InfoString =
  { text: string; origin: 'documented'; source: string } | { text: string; origin: 'ours' };

const documented = (text: string, source: string): InfoString => ({
  text,
  origin: 'documented',
  source,
});
const ours = (text: string): InfoString => ({ text, origin: 'ours' });

const DOCS = 'https://intl.cloud.tencent.com/document/product/1047';

/** Where each documented string was read (contract §0 and §7). */
const SOURCE = {
  friendAddSample: `friend_add response sample, ${DOCS}/34902`,
  friendImportSample: `friend_import response sample, ${DOCS}/34903`,
  friendUpdateSample: `friend_update response sample, ${DOCS}/34904`,
  friendCheckSample: `friend_check response sample, ${DOCS}/34907`,
  friendGetListSample: `friend_get_list response sample, ${DOCS}/34910`,
  blackListAddSample: `black_list_add response sample, ${DOCS}/34911`,
  blackListDeleteSample: `black_list_delete response sample, ${DOCS}/34912`,
  blackListCheckSample: `black_list_check response sample, ${DOCS}/34913`,
  groupAddSample: `group_add response sample, ${DOCS}/34950`,
  portraitSetSample: `portrait_set response sample, ${DOCS}/34916`,
  portraitGetSample: `portrait_get response sample, ${DOCS}/34917`,
  accountDeleteSample: `account_delete response sample, ${DOCS}/34955`,
  clientFriendExist: 'TUIKit client code matches this exact string (contract §2.1)',
  observedSourceIllegal:
    'live answer quoted in JiangJuHong/FlutterTencentImPlugin issue #124 (contract §2.1)',
  clientAllowTypeForbid: 'official client code comment (contract §2.1)',
  observedFriendDelete: 'live answers quoted in public repositories (contract §2.4)',
  observedBlackListAdd: 'a live log quoted publicly (contract §2.9)',
  observedPendency: 'live answers quoted publicly (contract §4.3)',
  liveForbidByAdmin:
    'live answers (issue #18); TUIKit-based uni-app clients match this exact string',
  liveBodyAccountInvalid:
    'live answers (issue #18), also quoted in public Tencent Cloud client code',
} as const;

export interface ErrorCodeEntry {
  code: number;
  /** The ErrorInfo / ResultInfo string sent when no API-specific one is known. */
  info: string;
  /** Whether `info` is Tencent's own string, and where it was seen. */
  infoOrigin: InfoString;
  meaning: string;
  cause: string;
  nextStep: string;
  /** Worth sending again unchanged (timeouts, internal errors, throttling). */
  retryable: boolean;
  /** The next step as something the console can do, where it can (a button or a link). */
  action?: NextAction;
}

/**
 * Next steps the console offers as actions: import the missing accounts, send again with
 * ForceAddFlags, send again, open the From_Account's blocklist, or add the missing direction.
 */
export type NextAction =
  'import_accounts' | 'retry_force' | 'retry' | 'open_blocklist' | 'add_missing_direction';

/** The codes whose next step is an action; retryable codes get `retry` from their flag. */
const ACTIONS: Partial<Record<number, NextAction>> = {
  30003: 'import_accounts',
  31804: 'import_accounts',
  30515: 'open_blocklist',
  30516: 'retry_force',
  30539: 'retry_force',
};

type Row = [
  code: number,
  info: InfoString,
  meaning: string,
  cause: string,
  nextStep: string,
  retryable?: boolean,
];

const rows: Row[] = [
  // §6.1 common REST layer
  [
    60002,
    ours('invalid request URL'),
    'The HTTP request or its URL could not be parsed.',
    'A malformed URL or query string reached the service.',
    'Check the request URL and its query parameters.',
  ],
  [
    60003,
    ours('request body is not valid JSON'),
    'The request body is not valid JSON.',
    'The body is malformed or empty.',
    'Send a valid JSON object; send {} when no fields are needed.',
  ],
  [
    60004,
    ours('invalid identifier or usersig'),
    'The identifier or UserSig in the URL is wrong.',
    'The admin identifier or its UserSig is missing or does not match.',
    'Check the admin identifier and regenerate its UserSig.',
  ],
  [
    60005,
    ours('invalid identifier or usersig in the request'),
    'The identifier or UserSig in the request is wrong.',
    'The admin identifier or its UserSig does not match.',
    'Check the admin identifier and regenerate its UserSig.',
  ],
  [
    60006,
    ours('invalid sdkappid'),
    'The SDKAppID is invalid.',
    'The sdkappid in the URL names no app of this service.',
    'Check the SDKAppID in the proxy configuration.',
  ],
  [
    60007,
    ours('REST API call frequency exceeded'),
    'The REST API call rate limit was exceeded.',
    'More calls per second than the API allows (200/s, 100/s for some account APIs).',
    'Wait a moment and retry; the console paces calls to stay under the limit.',
    true,
  ],
  [
    60008,
    ours('request timed out'),
    'The service timed out, or the HTTP request was malformed.',
    'The backend did not answer in time.',
    'Retry; if it persists, check the request.',
    true,
  ],
  [
    60009,
    ours('unknown API path'),
    'The requested API path does not exist.',
    'The URL names an unknown v4/<service>/<command>.',
    'Check the service and command in the URL.',
  ],
  [
    60010,
    ours('identifier is not an app admin'),
    'The identifier is not an app admin.',
    'REST calls must be made as an app admin account.',
    'Use an admin account configured in the Chat console.',
  ],
  [
    60011,
    ours('app call frequency exceeded'),
    'The per-app call rate limit was exceeded.',
    'The whole app made too many calls per second.',
    'Back off and retry later.',
    true,
  ],
  [
    60012,
    ours('sdkappid is missing'),
    'The sdkappid parameter is missing.',
    'The URL has no sdkappid.',
    'Add sdkappid to the query string.',
  ],
  [
    60013,
    ours('could not build the response JSON'),
    'The service failed to build its JSON response.',
    'An internal error on Tencent’s side.',
    'Retry; report it if it persists.',
    true,
  ],
  [
    60014,
    ours('account exchange timed out'),
    'Account exchange timed out.',
    'An internal timeout on Tencent’s side.',
    'Retry.',
    true,
  ],
  [
    60015,
    documented('body account invalid', SOURCE.liveBodyAccountInvalid),
    'A UserID in the body is not a string.',
    'An account was sent as a number or another type.',
    'Send every UserID as a JSON string.',
  ],
  [
    60016,
    ours('app is disabled'),
    'The app is disabled.',
    'The app was suspended or disabled.',
    'Check the app in the Chat console or contact Tencent support.',
  ],
  [
    60017,
    ours('request is disabled'),
    'The request is disabled.',
    'This API is not allowed for the app.',
    'Check the app’s feature configuration.',
  ],
  [
    60018,
    ours('too many requests'),
    'Too many requests.',
    'The service is throttling this app.',
    'Retry later.',
    true,
  ],
  [
    60019,
    ours('too many requests'),
    'Too many requests.',
    'The service is throttling this app.',
    'Retry later.',
    true,
  ],
  [
    60020,
    ours('plan expired or not active'),
    'The Pro plan has expired or is not active.',
    'The app’s paid plan lapsed (re-purchase takes about 5 minutes to apply).',
    'Renew the plan in the Chat console.',
  ],
  [
    60021,
    ours('caller IP address not allowed'),
    'The caller’s IP address is not allowed.',
    'An IP allow-list is set and the proxy’s address is not on it.',
    'Add the proxy’s outbound IP to the allow-list.',
  ],
  [
    80001,
    ours('text blocked as sensitive'),
    'Message text was blocked as sensitive.',
    'Content moderation matched the text.',
    'Change the text (messaging only).',
  ],
  [
    80002,
    ours('message body over 8 KB'),
    'The message body exceeds 8 KB.',
    'The message is too large.',
    'Shorten the message (messaging only).',
  ],
  [
    80003,
    ours('pre-send callback failed'),
    'The pre-send callback failed or timed out.',
    'The app’s webhook rejected or did not answer.',
    'Check the app’s callback server (messaging only).',
  ],
  [
    80004,
    ours('image blocked as sensitive'),
    'A message image was blocked as sensitive.',
    'Content moderation matched the image.',
    'Change the image (messaging only).',
  ],
  // §6.2 account and signature
  [
    70001,
    ours('usersig expired'),
    'The UserSig has expired.',
    'The admin UserSig is older than its validity.',
    'Regenerate the UserSig; the proxy renews it before it expires, so check the server clock.',
  ],
  [
    70002,
    ours('usersig is empty'),
    'The UserSig is empty.',
    'No usersig was sent.',
    'Pass the admin UserSig in the usersig parameter.',
  ],
  [
    70003,
    ours('usersig is illegal'),
    'The UserSig in use is illegal.',
    'It is not a valid v2 UserSig: bad encoding, truncated or missing fields.',
    'Regenerate the UserSig with the official algorithm.',
  ],
  [
    70005,
    ours('usersig is malformed'),
    'The UserSig is malformed.',
    'It is not a valid v2 UserSig.',
    'Regenerate the UserSig with the official algorithm.',
  ],
  [
    70009,
    ours('usersig verification failed'),
    'UserSig verification failed.',
    'It was signed with a different secret key, perhaps another app’s.',
    'Use this app’s secret key (TIM_SECRET_KEY).',
  ],
  [
    70013,
    ours('identifier differs from the one in the usersig'),
    'The identifier differs from the one inside the UserSig.',
    'The UserSig was generated for another UserID.',
    'Generate the UserSig for the same admin identifier.',
  ],
  [
    70014,
    ours('sdkappid differs from the one in the usersig'),
    'The SDKAppID differs from the one inside the UserSig.',
    'The UserSig was generated for another app.',
    'Generate the UserSig for this SDKAppID.',
  ],
  [
    70016,
    ours('verification key not found'),
    'No verification key was found.',
    'The app has no secret key configured.',
    'Get the key in the Chat console.',
  ],
  [
    70020,
    ours('sdkappid not found'),
    'The SDKAppID was not found.',
    'No app has this SDKAppID.',
    'Check the SDKAppID.',
  ],
  [
    70050,
    ours('too many failed authentications'),
    'Too many failed authentications; blocked for about a minute.',
    'Repeated bad UserSigs.',
    'Fix the UserSig, then wait a minute.',
    true,
  ],
  [
    70051,
    ours('account is blocklisted'),
    'The account is blocklisted.',
    'The account was banned.',
    'Contact Tencent support.',
  ],
  [
    70052,
    ours('usersig was invalidated'),
    'The UserSig was invalidated.',
    'The signature was revoked.',
    'Regenerate the UserSig.',
  ],
  [
    70107,
    documented('Err_TLS_PT_Open_Login_Account_Not_Exist', SOURCE.accountDeleteSample),
    'The UserID does not exist.',
    'The account was never imported.',
    'Import the account first (account_import).',
  ],
  [
    70114,
    ours('login restricted'),
    'Login is restricted for security reasons.',
    'Too many logins in a short time.',
    'Reduce login frequency.',
    true,
  ],
  [
    70169,
    ours('backend timed out'),
    'The backend timed out.',
    'An internal timeout on Tencent’s side.',
    'Retry.',
    true,
  ],
  [
    70202,
    ours('backend timed out'),
    'The backend timed out.',
    'An internal timeout on Tencent’s side.',
    'Retry.',
    true,
  ],
  [
    70206,
    ours('invalid batch size'),
    'The batch size in the request is invalid.',
    'A list exceeds the API’s per-call cap.',
    'Respect the per-call caps (100 accounts for multiaccount_import).',
  ],
  [
    70346,
    ours('usersig is invalid (legacy)'),
    'The UserSig is invalid (legacy code).',
    'An old-format signature.',
    'Regenerate the UserSig with the v2 algorithm.',
  ],
  [
    70398,
    ours('account limit reached'),
    'The account cap was reached.',
    'Trial apps hold at most 100 accounts.',
    'Upgrade the plan or delete accounts.',
  ],
  [
    70402,
    ours('invalid parameters'),
    'Invalid parameters.',
    'A required field is missing or has the wrong type.',
    'Check the field named in ErrorInfo.',
  ],
  [
    70403,
    ours('request needs an app admin'),
    'The request needs an app admin.',
    'The identifier is a valid user but not an app admin.',
    'Use an admin identifier (TIM_ADMIN).',
  ],
  [
    70500,
    ours('internal error'),
    'Internal error.',
    'An internal error on Tencent’s side.',
    'Retry.',
    true,
  ],
  [
    71000,
    ours('account deletion not allowed for this app'),
    'Account deletion was refused.',
    'Only Trial-edition apps may delete accounts.',
    'Kick the user instead, or use a Trial app.',
  ],
  [
    72000,
    ours('trial DAU quota exceeded'),
    'The Trial DAU quota was exceeded.',
    'Too many daily active users for a Trial app.',
    'Upgrade the plan.',
  ],
  [
    72001,
    ours('user status feature is not enabled'),
    'The user-status feature is not enabled.',
    'The feature is off for this app.',
    'Enable it in the Chat console.',
  ],
  // §6.3 profile
  [
    40001,
    documented('Err_Profile_Comm_Decode_Fail', SOURCE.portraitSetSample),
    'Bad profile request parameters.',
    'A field is missing or malformed.',
    'Check the field named in ErrorInfo.',
  ],
  [
    40002,
    ours('To_Account is missing'),
    'To_Account is missing.',
    'The request lists no accounts.',
    'Add To_Account.',
  ],
  [
    40003,
    ours('account does not exist'),
    'The account does not exist.',
    'The account was never imported.',
    'Import the account first.',
  ],
  [
    40004,
    ours('request needs an app admin'),
    'The request needs an app admin.',
    'The caller is not an admin.',
    'Use the admin identifier.',
  ],
  [
    40005,
    ours('text contains sensitive words'),
    'A field contains sensitive words.',
    'Content moderation matched the text.',
    'Change the text.',
  ],
  [
    40006,
    ours('internal profile error'),
    'Internal profile error.',
    'An internal error on Tencent’s side.',
    'Retry.',
    true,
  ],
  [
    40007,
    ours('no permission to read the field'),
    'No permission to read the field.',
    'The field’s read permission excludes this caller.',
    'Check the field permissions in the console.',
  ],
  [
    40008,
    ours('no permission to write the field'),
    'No permission to write the field.',
    'The field’s write permission excludes this caller.',
    'Check the field permissions in the console.',
  ],
  [
    40009,
    ours('profile tag does not exist'),
    'The profile tag does not exist.',
    'An unknown Tag_Profile_* name.',
    'Check the tag name.',
  ],
  [
    40601,
    ours('value longer than 500 bytes'),
    'A profile value exceeds 500 bytes.',
    'Nick, FaceUrl or another text field is too long.',
    'Shorten the value to 500 bytes or less.',
  ],
  [
    40605,
    ours('invalid value for a standard field'),
    'Invalid value for a standard field.',
    'For example an AllowType outside its enum.',
    'Use one of the documented values.',
  ],
  [
    40610,
    ours('wrong value type for the field'),
    'Wrong value type for the field.',
    'A string where a number is expected, or the reverse.',
    'Send the documented type.',
  ],
  // §6.4 relationship chain
  [
    30001,
    ours('invalid parameters'),
    'Bad request parameters, or the item is in the wrong state (already a friend, not a friend, already blocked, not blocked).',
    'Read ResultInfo: it names the field or the state.',
    'Fix the input named in ResultInfo; an existing friendship needs no action.',
  ],
  [
    30002,
    ours('sdkappid does not match'),
    'The SDKAppID does not match.',
    'The request was sent for another app.',
    'Check the SDKAppID.',
  ],
  [
    30003,
    ours('account does not exist'),
    'The requested account does not exist.',
    'The account was never imported.',
    'Import the account (account_import), then retry.',
  ],
  [
    30004,
    ours('request needs an app admin'),
    'The request requires app admin permissions.',
    'The caller is not an app admin.',
    'Use the admin identifier.',
  ],
  [
    30005,
    ours('text contains sensitive words'),
    'A field contains sensitive words.',
    'Content moderation matched Remark, GroupName or AddWording.',
    'Change the text.',
  ],
  [
    30006,
    ours('internal server error'),
    'Internal server error.',
    'A transient failure on Tencent’s side.',
    'Retry the failed accounts.',
    true,
  ],
  [
    30007,
    ours('network timeout'),
    'Network timeout inside the service.',
    'A transient timeout on Tencent’s side.',
    'Retry the failed accounts later.',
    true,
  ],
  [
    30008,
    ours('write conflict'),
    'Write conflict from concurrent writes to the same user.',
    'Several calls changed the same account at once.',
    'Retry; batch items per user instead of parallel calls.',
    true,
  ],
  [
    30009,
    documented('Err_SNS_FriendAdd_Forbid_By_Admin', SOURCE.liveForbidByAdmin),
    'The From_Account is forbidden to add friends.',
    'Its AdminForbidType is AdminForbid_Type_SendOut.',
    'Set AdminForbidType to AdminForbid_Type_None, then retry.',
  ],
  [
    30010,
    ours('friend list is full'),
    'The From_Account’s friend list is full (3000).',
    'The account already has 3000 friends.',
    'Delete some friends first.',
  ],
  [
    30011,
    ours('too many friend groups'),
    'Too many friend lists (more than 32).',
    'The group name would be the 33rd list.',
    'Reuse an existing group name or delete a list.',
  ],
  [
    30012,
    ours('too many pending friend requests'),
    'Too many pending friend requests (more than 100).',
    'The From_Account has 100 requests awaiting approval.',
    'Wait for answers or add with force (ForceAddFlags = 1).',
  ],
  [
    30013,
    ours('blocklist is full'),
    'The blocklist is full (1000).',
    'The account has blocked 1000 accounts.',
    'Unblock some accounts first.',
  ],
  [
    30014,
    ours("peer's friend list is full"),
    'The target’s friend list is full (3000).',
    'The To_Account already has 3000 friends.',
    'The target must delete friends first.',
  ],
  [
    30515,
    ours('To_Account is in your blocklist'),
    'The target is on the From_Account’s blocklist.',
    'From_Account blocked To_Account; force does not bypass blocks.',
    'Unblock the target (black_list_delete), then retry.',
  ],
  [
    30516,
    documented('Err_SNS_FriendAdd_Friend_Allow_Type_Forbid', SOURCE.clientAllowTypeForbid),
    'The target rejects all friend requests.',
    'Its AllowType is AllowType_Type_DenyAny.',
    'Retry with force add (ForceAddFlags = 1), or change the target’s AllowType.',
  ],
  [
    30525,
    ours("you are in To_Account's blocklist"),
    'The From_Account is on the target’s blocklist.',
    'To_Account blocked From_Account; force does not bypass blocks.',
    'The target must unblock the From_Account first.',
  ],
  [
    30539,
    ours('friend request sent, awaiting approval'),
    'Request sent, awaiting approval.',
    'The target’s AllowType is AllowType_Type_NeedConfirm.',
    'Wait for the target to accept, or retry with force add (ForceAddFlags = 1).',
  ],
  [
    30540,
    ours('friend add blocked by security policy'),
    'Friend adds were throttled by security policy.',
    'Too many friend requests in a short time.',
    'Slow down and retry later.',
    true,
  ],
  [
    30614,
    documented('Err_SNS_FriendResponse_Pendency_Not_Exist', SOURCE.observedPendency),
    'The friend request does not exist.',
    'There is no pending request to answer.',
    'Nothing to answer; check the pending requests.',
  ],
  [
    31307,
    documented('Err_SNS_BlackListAdd_Already_Exist', SOURCE.observedBlackListAdd),
    'The account is already blocked (seen in real logs only).',
    'The target is already on the blocklist.',
    'No action needed.',
  ],
  [
    31704,
    documented('Err_SNS_FriendDelete_Not_Friend', SOURCE.observedFriendDelete),
    'The target is not a friend.',
    'There is no friendship to delete.',
    'No action needed.',
  ],
  [
    31707,
    ours('friend delete blocked by security policy'),
    'Friend deletes were throttled.',
    'Too many deletes in a short time.',
    'Slow down and retry later.',
    true,
  ],
  [
    31804,
    ours('account does not exist'),
    'The account does not exist.',
    'The account was never imported.',
    'Import the account first.',
  ],
  [
    32216,
    documented('Err_SNS_GroupAdd_ToTinyId_Not_Friend', SOURCE.groupAddSample),
    'The account is not a friend, so it cannot join a friend list.',
    'group_add named a To_Account outside the friend list (seen in doc samples only).',
    'Add the account as a friend first.',
  ],
];

export const errorCatalogue: ReadonlyMap<number, ErrorCodeEntry> = new Map(
  rows.map(([code, infoOrigin, meaning, cause, nextStep, retryable = false]) => [
    code,
    {
      code,
      info: infoOrigin.text,
      infoOrigin,
      meaning,
      cause,
      nextStep,
      retryable,
      action: ACTIONS[code] ?? (retryable ? 'retry' : undefined),
    },
  ]),
);

/** The catalogue's entry, or a generic one that still says what to do. */
export function explainCode(code: number): ErrorCodeEntry {
  const known = errorCatalogue.get(code);
  if (known) return known;
  const infoOrigin = ours(`error ${code}`);
  return {
    code,
    info: infoOrigin.text,
    infoOrigin,
    meaning: `Tencent returned code ${code}, which is not in the catalogue.`,
    cause: 'An undocumented or new code.',
    nextStep: 'Look the code up in Tencent’s error-code page; retry once if it looks transient.',
    retryable: false,
  };
}

/**
 * Strings one API uses for a code that others share (30002, 30006, 30007, 30010, 30011, 40006),
 * from each API's own response sample. Other APIs get the catalogue's generic string.
 */
const API_INFO: Record<string, Record<number, InfoString>> = {
  'v4/sns/friend_add': {
    30002: documented('Err_SNS_FriendAdd_SdkAppId_Illegal', SOURCE.friendAddSample),
    30006: documented('Err_SNS_FriendAdd_Unpack_Profile_Data_Fail', SOURCE.friendAddSample),
  },
  'v4/sns/friend_import': {
    30002: documented('Err_SNS_FriendImport_SdkAppId_Illegal', SOURCE.friendImportSample),
    30010: documented(
      'Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold',
      SOURCE.friendImportSample,
    ),
  },
  'v4/sns/friend_update': {
    // friend_update's own sample reuses friend_import's 30002 string.
    30002: documented('Err_SNS_FriendImport_SdkAppId_Illegal', SOURCE.friendUpdateSample),
    30011: documented('Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold', SOURCE.friendUpdateSample),
  },
  'v4/sns/friend_check': {
    30006: documented(
      'Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail',
      SOURCE.friendCheckSample,
    ),
  },
  'v4/sns/black_list_add': {
    30002: documented('Err_SNS_BlackListAdd_SdkAppId_Illegal', SOURCE.blackListAddSample),
  },
  'v4/sns/black_list_delete': {
    30006: documented(
      'Err_SNS_BlackListCheck_Check_Reverse_BlackList_Fail',
      SOURCE.blackListDeleteSample,
    ),
  },
  'v4/sns/black_list_check': {
    30007: documented(
      'Err_SNS_BlackListCheck_Check_Reverse_BlackList_Fail',
      SOURCE.blackListCheckSample,
    ),
  },
  'v4/sns/group_add': {
    30002: documented('ERR_SDKAPPID_ILLEGAL', SOURCE.groupAddSample),
  },
  'v4/profile/portrait_get': {
    40006: documented('Err_Profile_PortraitGet_Read_Custom_Data_Fail', SOURCE.portraitGetSample),
  },
};

/** The string `service` answers `code` with: its own sample's where one exists, else the generic one. */
export function infoFor(code: number, service?: string): InfoString {
  return (
    (service === undefined ? undefined : API_INFO[service]?.[code]) ?? explainCode(code).infoOrigin
  );
}

/** Documented strings for particular situations (contract §7), used by the emulator for realism. */
export const SITUATION_INFO = {
  friendExists: documented('Err_SNS_FriendAdd_Friend_Exist', SOURCE.clientFriendExist),
  addSourceIllegal: documented('Err_SNS_FriendAdd_Source_Illegal', SOURCE.observedSourceIllegal),
  friendGetListNotFriend: documented(
    'Err_SNS_FriendGetList_Friend_Not_Exist',
    SOURCE.friendGetListSample,
  ),
  blackListAlreadyExists: documented(
    'Err_SNS_BlackListAdd_Already_Exist',
    SOURCE.blackListAddSample,
  ),
} as const satisfies Record<string, InfoString>;

/** The texts of SITUATION_INFO, for code that matches on them. */
export const RESULT_INFO = {
  friendExists: SITUATION_INFO.friendExists.text,
  addSourceIllegal: SITUATION_INFO.addSourceIllegal.text,
  friendGetListNotFriend: SITUATION_INFO.friendGetListNotFriend.text,
  blackListAlreadyExists: SITUATION_INFO.blackListAlreadyExists.text,
} as const;

/** Every string the catalogue holds, with the code it goes with. */
export function allInfoStrings(): { code: number; info: InfoString }[] {
  return [
    ...[...errorCatalogue.values()].map((entry) => ({ code: entry.code, info: entry.infoOrigin })),
    ...Object.values(API_INFO).flatMap((byCode) =>
      Object.entries(byCode).map(([code, info]) => ({ code: Number(code), info })),
    ),
    // Every situation string is a 30001 item.
    ...Object.values(SITUATION_INFO).map((info) => ({ code: 30001, info })),
  ];
}

const documentedTexts = new Set(
  allInfoStrings()
    .filter(({ info }) => info.origin === 'documented')
    .map(({ code, info }) => `${code} ${info.text}`),
);

/** Whether `text` is a string Tencent itself is known to send with `code`. */
export function isDocumentedInfo(code: number, text: string): boolean {
  return documentedTexts.has(`${code} ${text}`);
}
