import { pino, type DestinationStream, type Logger } from 'pino';

const USER_SIG_IN_TEXT = /(usersig["']?\s*[=:]\s*["']?)[^&"'\s,}]+/gi;

/** Removes any UserSig from a line, whatever field or URL it hides in. */
export function redactUserSig(line: string): string {
  return line.replace(USER_SIG_IN_TEXT, '$1[redacted]');
}

/**
 * The proxy's structured logger. Known secret fields are censored by pino; as a second guard
 * every finished line is scrubbed for `usersig=…`, so an error message that quotes an upstream
 * URL cannot leak the credential.
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  const destination = options.destination ?? pino.destination(1);
  return pino(
    {
      level: options.level ?? 'info',
      redact: {
        paths: ['usersig', 'userSig', 'secretKey', '*.usersig', '*.userSig', '*.secretKey'],
        censor: '[redacted]',
      },
    },
    { write: (line: string) => destination.write(redactUserSig(line)) },
  );
}
