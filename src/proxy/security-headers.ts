import { secureHeaders } from 'hono/secure-headers';

/**
 * The console's pages may run only their own scripts and may not be framed. Mantine renders
 * its CSS variables as `<style>` elements, so styles also allow inline; scripts never do, and
 * nothing allows eval.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Headers on every answer, pages and APIs alike. HSTS is left to whatever terminates TLS in
 * front of the console: sent from here it would bind the operator's whole domain.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'no-referrer',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  strictTransportSecurity: false,
});
