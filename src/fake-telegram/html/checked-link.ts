/**
 * Whether Telegram keeps a link entity for this address: tdlib's `<a>` handling keeps a mention for
 * `tg://user?id=…` with a valid user id, else a text link only when LinkManager::get_checked_link
 * accepts the address (http, https or no scheme with a dotted host, or tg:, ton:, tonsite: with a
 * plain host); otherwise the text stays and the entity is dropped. Written from tdlib's
 * LinkManager::check_link_impl and tdutils' parse_url; IPv6 hosts are checked for their characters only.
 */
export function keepsLink(url: string): boolean {
  return userIdOf(url) !== null || checkedLink(url);
}

const MAX_USER_ID = (1n << 40n) - 1n;

/** LinkManager::get_link_user_id: `tg:user?id=N` (case-insensitive), a valid user id. */
function userIdOf(url: string): bigint | null {
  let rest = url.toLowerCase();
  if (!rest.startsWith('tg:')) return null;
  rest = rest.slice(3);
  if (rest.startsWith('//')) rest = rest.slice(2);
  if (!rest.startsWith('user') || (rest.length > 4 && !'/?#'.includes(rest[4]!))) return null;
  rest = rest.slice(4);
  if (rest.startsWith('/')) rest = rest.slice(1);
  if (!rest.startsWith('?')) return null;
  rest = rest.slice(1).split('#')[0]!;
  for (const parameter of rest.split('&')) {
    const [key, value = ''] = parameter.split('=');
    if (key !== 'id') continue;
    if (!/^-?[0-9]+$/.test(value)) return null;
    const id = BigInt(value);
    return id > 0n && id <= MAX_USER_ID ? id : null;
  }
  return null;
}

function checkedLink(link: string): boolean {
  const scheme = /^(tg|ton|tonsite):/i.exec(link)?.[1]?.toLowerCase();
  let rest = scheme === undefined ? link : link.slice(scheme.length + 1);
  if (scheme !== undefined && rest.startsWith('//')) rest = rest.slice(2);
  const url = parseUrl(rest);
  if (!url) return false;
  if (scheme !== undefined) {
    if (/^http:\/\//i.test(rest) || url.https || url.userinfo !== '' || url.port !== 0 || url.ipv6)
      return false;
    const allowed = scheme === 'tonsite' ? /^[A-Za-z0-9_.-]*$/ : /^[A-Za-z0-9_-]*$/;
    return allowed.test(url.host);
  }
  return url.host.includes('.') || url.ipv6;
}

interface Url {
  https: boolean;
  userinfo: string;
  host: string;
  ipv6: boolean;
  port: number;
}

/** tdutils' parse_url: `[https?://][userinfo@]host[:port][/?#…]`, or null where it errs. */
function parseUrl(url: string): Url | null {
  let rest = url;
  let https = false;
  const protocol = /^([^:/?#@[\]]*):\/\//.exec(url);
  if (protocol) {
    const name = protocol[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') return null;
    https = name === 'https';
    rest = url.slice(protocol[0].length);
  }
  const authority = /^[^/?#]*/.exec(rest)![0];
  let colon = authority.length - 1;
  while (colon > 0 && !':]@'.includes(authority[colon]!)) colon--;
  let userinfoHost = authority;
  let port = 0;
  if (colon > 0 && authority[colon] === ':') {
    const digits = authority.slice(colon + 1).replace(/^0+(?=.)/, '');
    port = /^[0-9]{1,9}$/.test(digits) && Number(digits) !== 0 ? Number(digits) : -1;
    userinfoHost = authority.slice(0, colon);
  }
  if (port < 0 || port > 65535) return null;
  const at = userinfoHost.lastIndexOf('@');
  const userinfo = at < 0 ? '' : userinfoHost.slice(0, at);
  const host = userinfoHost.slice(at + 1);
  const ipv6 = host.startsWith('[') && host.endsWith(']') && host.length > 1;
  if (host === '' || host === '.') return null;
  if (ipv6) {
    if (!/^\[[0-9a-fA-F:.]+\]$/.test(host)) return null;
  } else if (!urlPart(host.toLowerCase(), false) || !urlPart(userinfo, true)) return null;
  return { https, userinfo, host: host.toLowerCase(), ipv6, port };
}

/** The characters RFC 3986 allows in a host (and, with ':', in userinfo), percent escapes, and any non-ASCII. */
function urlPart(part: string, allowColon: boolean): boolean {
  return new RegExp(
    `^(?:[A-Za-z0-9.\\-_!$,~*'();&+=${allowColon ? ':' : ''}]|%[0-9A-Fa-f]{2}|[^\\x00-\\x7f])*$`,
  ).test(part);
}
