/**
 * Every Tencent code the console can meet (contract §6 and §7), as data: the UI explains with
 * it and the emulator answers with its `info` strings, so the two cannot drift apart.
 */
export interface ErrorCodeEntry {
  code: number;
  /** The ErrorInfo / ResultInfo string Tencent sends, where known (contract §7), else a name. */
  info: string;
  meaning: string;
  cause: string;
  nextStep: string;
  /** Worth sending again unchanged (timeouts, internal errors, throttling). */
  retryable: boolean;
}

type Row = [code: number, info: string, meaning: string, cause: string, nextStep: string, retryable?: boolean];

const rows: Row[] = [
  // §6.1 common REST layer
  [60002, 'ERR_SVR_COMM_INVALID_URL', 'The HTTP request or its URL could not be parsed.', 'A malformed URL or query string reached the service.', 'Check the request URL and its query parameters.'],
  [60003, 'ERR_SVR_COMM_JSON_PARSE_FAILED', 'The request body is not valid JSON.', 'The body is malformed or empty.', 'Send a valid JSON object; send {} when no fields are needed.'],
  [60004, 'ERR_SVR_COMM_INVALID_ACCOUNT', 'The identifier or UserSig in the URL is wrong.', 'The admin identifier or its UserSig is missing or does not match.', 'Check the admin identifier and regenerate its UserSig.'],
  [60005, 'ERR_SVR_COMM_INVALID_ACCOUNT_EX', 'The identifier or UserSig in the request is wrong.', 'The admin identifier or its UserSig does not match.', 'Check the admin identifier and regenerate its UserSig.'],
  [60006, 'ERR_SVR_COMM_INVALID_SDKAPPID', 'The SDKAppID is invalid.', 'The sdkappid in the URL names no app of this service.', 'Check the SDKAppID in the proxy configuration.'],
  [60007, 'ERR_SVR_COMM_REST_FREQ_LIMIT', 'The REST API call rate limit was exceeded.', 'More calls per second than the API allows (200/s, 100/s for some account APIs).', 'Wait a moment and retry; the console paces calls to stay under the limit.', true],
  [60008, 'ERR_SVR_COMM_REQUEST_TIMEOUT', 'The service timed out, or the HTTP request was malformed.', 'The backend did not answer in time.', 'Retry; if it persists, check the request.', true],
  [60009, 'ERR_SVR_COMM_INVALID_RES', 'The requested API path does not exist.', 'The URL names an unknown v4/<service>/<command>.', 'Check the service and command in the URL.'],
  [60010, 'ERR_SVR_COMM_ID_NOT_ADMIN', 'The identifier is not an app admin.', 'REST calls must be made as an app admin account.', 'Use an admin account configured in the Chat console.'],
  [60011, 'ERR_SVR_COMM_SDKAPPID_FREQ_LIMIT', 'The per-app call rate limit was exceeded.', 'The whole app made too many calls per second.', 'Back off and retry later.', true],
  [60012, 'ERR_SVR_COMM_SDKAPPID_MISS', 'The sdkappid parameter is missing.', 'The URL has no sdkappid.', 'Add sdkappid to the query string.'],
  [60013, 'ERR_SVR_COMM_RSP_JSON_PARSE_FAILED', 'The service failed to build its JSON response.', 'An internal error on Tencent’s side.', 'Retry; report it if it persists.', true],
  [60014, 'ERR_SVR_COMM_EXCHANGE_ACCOUNT_TIMEUT', 'Account exchange timed out.', 'An internal timeout on Tencent’s side.', 'Retry.', true],
  [60015, 'ERR_SVR_COMM_INVALID_ID_FORMAT', 'A UserID in the body is not a string.', 'An account was sent as a number or another type.', 'Send every UserID as a JSON string.'],
  [60016, 'ERR_SVR_COMM_SDKAPPID_FORBIDDEN', 'The app is disabled.', 'The app was suspended or disabled.', 'Check the app in the Chat console or contact Tencent support.'],
  [60017, 'ERR_SVR_COMM_REQ_FORBIDDEN', 'The request is disabled.', 'This API is not allowed for the app.', 'Check the app’s feature configuration.'],
  [60018, 'ERR_SVR_COMM_REQ_FREQ_LIMIT', 'Too many requests.', 'The service is throttling this app.', 'Retry later.', true],
  [60019, 'ERR_SVR_COMM_REQ_FREQ_LIMIT_EX', 'Too many requests.', 'The service is throttling this app.', 'Retry later.', true],
  [60020, 'ERR_SVR_COMM_INVALID_SERVICE', 'The Pro plan has expired or is not active.', 'The app’s paid plan lapsed (re-purchase takes about 5 minutes to apply).', 'Renew the plan in the Chat console.'],
  [60021, 'ERR_SVR_COMM_IP_NOT_ALLOWED', 'The caller’s IP address is not allowed.', 'An IP allow-list is set and the proxy’s address is not on it.', 'Add the proxy’s outbound IP to the allow-list.'],
  [80001, 'ERR_SVR_COMM_SENSITIVE_TEXT', 'Message text was blocked as sensitive.', 'Content moderation matched the text.', 'Change the text (messaging only).'],
  [80002, 'ERR_SVR_COMM_BODY_SIZE_LIMIT', 'The message body exceeds 8 KB.', 'The message is too large.', 'Shorten the message (messaging only).'],
  [80003, 'ERR_SVR_COMM_PRE_SEND_CALLBACK_FAIL', 'The pre-send callback failed or timed out.', 'The app’s webhook rejected or did not answer.', 'Check the app’s callback server (messaging only).'],
  [80004, 'ERR_SVR_COMM_SENSITIVE_IMAGE', 'A message image was blocked as sensitive.', 'Content moderation matched the image.', 'Change the image (messaging only).'],
  // §6.2 account and signature
  [70001, 'ERR_USERSIG_EXPIRED', 'The UserSig has expired.', 'The admin UserSig is older than its validity.', 'Regenerate the UserSig; the proxy renews it before it expires, so check the server clock.'],
  [70002, 'ERR_USERSIG_EMPTY', 'The UserSig is empty.', 'No usersig was sent.', 'Pass the admin UserSig in the usersig parameter.'],
  [70003, 'ERR_USERSIG_ILLEGAL', 'The UserSig in use is illegal.', 'It is not a valid v2 UserSig: bad encoding, truncated or missing fields.', 'Regenerate the UserSig with the official algorithm.'],
  [70005, 'ERR_USERSIG_ILLEGAL_EX', 'The UserSig is malformed.', 'It is not a valid v2 UserSig.', 'Regenerate the UserSig with the official algorithm.'],
  [70009, 'ERR_USERSIG_VERIFY_FAILED', 'UserSig verification failed.', 'It was signed with a different secret key, perhaps another app’s.', 'Use this app’s secret key (TIM_SECRET_KEY).'],
  [70013, 'ERR_USERSIG_IDENTIFIER_MISMATCH', 'The identifier differs from the one inside the UserSig.', 'The UserSig was generated for another UserID.', 'Generate the UserSig for the same admin identifier.'],
  [70014, 'ERR_USERSIG_SDKAPPID_MISMATCH', 'The SDKAppID differs from the one inside the UserSig.', 'The UserSig was generated for another app.', 'Generate the UserSig for this SDKAppID.'],
  [70016, 'ERR_USERSIG_KEY_NOT_FOUND', 'No verification key was found.', 'The app has no secret key configured.', 'Get the key in the Chat console.'],
  [70020, 'ERR_SDKAPPID_NOT_FOUND', 'The SDKAppID was not found.', 'No app has this SDKAppID.', 'Check the SDKAppID.'],
  [70050, 'ERR_AUTH_TOO_MANY_FAILURES', 'Too many failed authentications; blocked for about a minute.', 'Repeated bad UserSigs.', 'Fix the UserSig, then wait a minute.', true],
  [70051, 'ERR_ACCOUNT_BLOCKLISTED', 'The account is blocklisted.', 'The account was banned.', 'Contact Tencent support.'],
  [70052, 'ERR_USERSIG_INVALIDATED', 'The UserSig was invalidated.', 'The signature was revoked.', 'Regenerate the UserSig.'],
  [70107, 'Err_TLS_PT_Open_Login_Account_Not_Exist', 'The UserID does not exist.', 'The account was never imported.', 'Import the account first (account_import).'],
  [70114, 'ERR_LOGIN_RESTRICTED', 'Login is restricted for security reasons.', 'Too many logins in a short time.', 'Reduce login frequency.', true],
  [70169, 'ERR_BACKEND_TIMEOUT', 'The backend timed out.', 'An internal timeout on Tencent’s side.', 'Retry.', true],
  [70202, 'ERR_BACKEND_TIMEOUT_EX', 'The backend timed out.', 'An internal timeout on Tencent’s side.', 'Retry.', true],
  [70206, 'ERR_INVALID_BATCH_SIZE', 'The batch size in the request is invalid.', 'A list exceeds the API’s per-call cap.', 'Respect the per-call caps (100 accounts for multiaccount_import).'],
  [70346, 'ERR_USERSIG_ILLEGAL_LEGACY', 'The UserSig is invalid (legacy code).', 'An old-format signature.', 'Regenerate the UserSig with the v2 algorithm.'],
  [70398, 'ERR_ACCOUNT_LIMIT', 'The account cap was reached.', 'Trial apps hold at most 100 accounts.', 'Upgrade the plan or delete accounts.'],
  [70402, 'ERR_INVALID_PARAMETERS', 'Invalid parameters.', 'A required field is missing or has the wrong type.', 'Check the field named in ErrorInfo.'],
  [70403, 'ERR_NEED_ADMIN', 'The request needs an app admin.', 'The identifier is a valid user but not an app admin.', 'Use an admin identifier (TIM_ADMIN).'],
  [70500, 'ERR_INTERNAL', 'Internal error.', 'An internal error on Tencent’s side.', 'Retry.', true],
  [71000, 'ERR_DELETE_NOT_ALLOWED', 'Account deletion was refused.', 'Only Trial-edition apps may delete accounts.', 'Kick the user instead, or use a Trial app.'],
  [72000, 'ERR_TRIAL_DAU_LIMIT', 'The Trial DAU quota was exceeded.', 'Too many daily active users for a Trial app.', 'Upgrade the plan.'],
  [72001, 'ERR_USER_STATUS_DISABLED', 'The user-status feature is not enabled.', 'The feature is off for this app.', 'Enable it in the Chat console.'],
  // §6.3 profile
  [40001, 'Err_Profile_Comm_Decode_Fail', 'Bad profile request parameters.', 'A field is missing or malformed.', 'Check the field named in ErrorInfo.'],
  [40002, 'Err_Profile_To_Account_Missing', 'To_Account is missing.', 'The request lists no accounts.', 'Add To_Account.'],
  [40003, 'Err_Profile_Account_Not_Exist', 'The account does not exist.', 'The account was never imported.', 'Import the account first.'],
  [40004, 'Err_Profile_Need_Admin', 'The request needs an app admin.', 'The caller is not an admin.', 'Use the admin identifier.'],
  [40005, 'Err_Profile_Sensitive_Text', 'A field contains sensitive words.', 'Content moderation matched the text.', 'Change the text.'],
  [40006, 'Err_Profile_Internal_Error', 'Internal profile error.', 'An internal error on Tencent’s side.', 'Retry.', true],
  [40007, 'Err_Profile_No_Read_Permission', 'No permission to read the field.', 'The field’s read permission excludes this caller.', 'Check the field permissions in the console.'],
  [40008, 'Err_Profile_No_Write_Permission', 'No permission to write the field.', 'The field’s write permission excludes this caller.', 'Check the field permissions in the console.'],
  [40009, 'Err_Profile_Tag_Not_Exist', 'The profile tag does not exist.', 'An unknown Tag_Profile_* name.', 'Check the tag name.'],
  [40601, 'Err_Profile_Value_Too_Long', 'A profile value exceeds 500 bytes.', 'Nick, FaceUrl or another text field is too long.', 'Shorten the value to 500 bytes or less.'],
  [40605, 'Err_Profile_Invalid_Standard_Value', 'Invalid value for a standard field.', 'For example an AllowType outside its enum.', 'Use one of the documented values.'],
  [40610, 'Err_Profile_Wrong_Value_Type', 'Wrong value type for the field.', 'A string where a number is expected, or the reverse.', 'Send the documented type.'],
  // §6.4 relationship chain
  [30001, 'Err_SNS_Invalid_Parameters', 'Bad request parameters, or the item is in the wrong state (already a friend, not a friend, already blocked, not blocked).', 'Read ResultInfo: it names the field or the state.', 'Fix the input named in ResultInfo; an existing friendship needs no action.'],
  [30002, 'Err_SNS_SdkAppId_Illegal', 'The SDKAppID does not match.', 'The request was sent for another app.', 'Check the SDKAppID.'],
  [30003, 'Err_SNS_Account_Not_Exist', 'The requested account does not exist.', 'The account was never imported.', 'Import the account (account_import), then retry.'],
  [30004, 'Err_SNS_Need_Admin', 'The request requires app admin permissions.', 'The caller is not an app admin.', 'Use the admin identifier.'],
  [30005, 'Err_SNS_Sensitive_Text', 'A field contains sensitive words.', 'Content moderation matched Remark, GroupName or AddWording.', 'Change the text.'],
  [30006, 'Err_SNS_FriendAdd_Unpack_Profile_Data_Fail', 'Internal server error.', 'A transient failure on Tencent’s side.', 'Retry the failed accounts.', true],
  [30007, 'Err_SNS_Net_Timeout', 'Network timeout inside the service.', 'A transient timeout on Tencent’s side.', 'Retry the failed accounts later.', true],
  [30008, 'Err_SNS_Write_Conflict', 'Write conflict from concurrent writes to the same user.', 'Several calls changed the same account at once.', 'Retry; batch items per user instead of parallel calls.', true],
  [30009, 'Err_SNS_FriendAdd_Deny', 'The From_Account is forbidden to add friends.', 'Its AdminForbidType is AdminForbid_Type_SendOut.', 'Set AdminForbidType to AdminForbid_Type_None, then retry.'],
  [30010, 'Err_SNS_Friend_Count_Limit', 'The From_Account’s friend list is full (3000).', 'The account already has 3000 friends.', 'Delete some friends first.'],
  [30011, 'Err_SNS_Group_Count_Limit', 'Too many friend lists (more than 32).', 'The group name would be the 33rd list.', 'Reuse an existing group name or delete a list.'],
  [30012, 'Err_SNS_Pendency_Limit', 'Too many pending friend requests (more than 100).', 'The From_Account has 100 requests awaiting approval.', 'Wait for answers or add with force (ForceAddFlags = 1).'],
  [30013, 'Err_SNS_BlackList_Limit', 'The blocklist is full (1000).', 'The account has blocked 1000 accounts.', 'Unblock some accounts first.'],
  [30014, 'Err_SNS_Peer_Friend_Limit', 'The target’s friend list is full (3000).', 'The To_Account already has 3000 friends.', 'The target must delete friends first.'],
  [30515, 'Err_SNS_FriendAdd_In_Self_BlackList', 'The target is on the From_Account’s blocklist.', 'From_Account blocked To_Account; force does not bypass blocks.', 'Unblock the target (black_list_delete), then retry.'],
  [30516, 'Err_SNS_FriendAdd_Friend_Allow_Type_Forbid', 'The target rejects all friend requests.', 'Its AllowType is AllowType_Type_DenyAny.', 'Retry with force add (ForceAddFlags = 1), or change the target’s AllowType.'],
  [30525, 'Err_SNS_FriendAdd_In_Peer_BlackList', 'The From_Account is on the target’s blocklist.', 'To_Account blocked From_Account; force does not bypass blocks.', 'The target must unblock the From_Account first.'],
  [30539, 'Err_SNS_FriendAdd_Need_Confirm', 'Request sent, awaiting approval.', 'The target’s AllowType is AllowType_Type_NeedConfirm.', 'Wait for the target to accept, or retry with force add (ForceAddFlags = 1).'],
  [30540, 'Err_SNS_FriendAdd_Sec_Rstr', 'Friend adds were throttled by security policy.', 'Too many friend requests in a short time.', 'Slow down and retry later.', true],
  [30614, 'Err_SNS_FriendResponse_Pendency_Not_Exist', 'The friend request does not exist.', 'There is no pending request to answer.', 'Nothing to answer; check the pending requests.'],
  [31307, 'Err_SNS_BlackListAdd_Already_Exist', 'The account is already blocked (seen in real logs only).', 'The target is already on the blocklist.', 'No action needed.'],
  [31704, 'Err_SNS_FriendDelete_Not_Friend', 'The target is not a friend.', 'There is no friendship to delete.', 'No action needed.'],
  [31707, 'Err_SNS_FriendDelete_Sec_Rstr', 'Friend deletes were throttled.', 'Too many deletes in a short time.', 'Slow down and retry later.', true],
  [31804, 'Err_SNS_Account_Not_Exist_Ex', 'The account does not exist.', 'The account was never imported.', 'Import the account first.'],
  [32216, 'Err_SNS_GroupAdd_ToTinyId_Not_Friend', 'The account is not a friend, so it cannot join a friend list.', 'group_add named a To_Account outside the friend list (seen in doc samples only).', 'Add the account as a friend first.'],
];

export const errorCatalogue: ReadonlyMap<number, ErrorCodeEntry> = new Map(
  rows.map(([code, info, meaning, cause, nextStep, retryable = false]) => [
    code,
    { code, info, meaning, cause, nextStep, retryable },
  ]),
);

/** The catalogue's entry, or a generic one that still says what to do. */
export function explainCode(code: number): ErrorCodeEntry {
  return (
    errorCatalogue.get(code) ?? {
      code,
      info: `Error ${code}`,
      meaning: `Tencent returned code ${code}, which is not in the catalogue.`,
      cause: 'An undocumented or new code.',
      nextStep: 'Look the code up in Tencent’s error-code page; retry once if it looks transient.',
      retryable: false,
    }
  );
}

/** Known per-situation ResultInfo strings (contract §7), used by the emulator for realism. */
export const RESULT_INFO = {
  friendExists: 'Err_SNS_FriendAdd_Friend_Exist',
  addSourceIllegal: 'Err_SNS_FriendAdd_Source_Illegal',
  allowTypeForbid: 'Err_SNS_FriendAdd_Friend_Allow_Type_Forbid',
  checkExecFail: 'Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail',
  accountNotExist: 'Err_TLS_PT_Open_Login_Account_Not_Exist',
} as const;
