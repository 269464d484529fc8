/**
 * Why a Content-Type is refused, if it is: exactly `application/json`, optionally with
 * parameters, and no charset but UTF-8 (the body is read as UTF-8). `application/jsonx` or
 * `application/json-seq` is another media type, not JSON.
 */
export function refuseMediaType(header: string | undefined): string | undefined {
  const [type = '', ...parameters] = (header ?? '').split(';');
  const mediaType = type.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return `Send the body as application/json${mediaType ? `, not ${mediaType}` : ''}.`;
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    const charset = value
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (name.trim().toLowerCase() === 'charset' && charset !== 'utf-8' && charset !== 'utf8') {
      return `Send the body as UTF-8, not ${charset || 'an empty charset'}.`;
    }
  }
  return undefined;
}
