/**
 * Recognises IP addresses in single tokens without node:net, so the check runs in the renderer
 * too. A token must be an address as a whole (optionally with a port or a prefix length):
 * substrings are never matched, which keeps `17.0.8.1+1` (a Java version) from reading as an
 * IPv4 address.
 */

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';

const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

const IPV4_WITH_SUFFIX = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}(?:/[0-9]{1,2}|:[0-9]{1,5})?$`);

const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** `192.168.1.10`, also `10.0.0.0/8` and `10.0.0.5:5432`. */
export function isIpv4Token(token: string): boolean {
  return IPV4_WITH_SUFFIX.test(token);
}

/** `::1`, `fe80::1%eth0`, `[2001:db8::5]:443`, `::ffff:192.0.2.1`, `2001:db8::/32`. */
export function isIpv6Token(token: string): boolean {
  const address = stripIpv6Decoration(token);
  if (address === null || (address.match(/:/g) ?? []).length < 2) {
    return false;
  }

  const halves = address.split('::');
  if (halves.length > 2) {
    return false;
  }

  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  let width = groups.length;
  const last = groups[groups.length - 1];
  if (last !== undefined && last.includes('.')) {
    // An embedded IPv4 address fills the last two groups.
    if (!IPV4.test(last)) {
      return false;
    }
    groups.pop();
    width += 1;
  }

  if (!groups.every((group) => HEX_GROUP.test(group))) {
    return false;
  }

  return halves.length === 2 ? width <= 7 : width === 8;
}

/** The bare address of `[addr]:port`, `addr%zone` or `addr/prefix`; null when malformed. */
function stripIpv6Decoration(token: string): string | null {
  let address = token;
  if (address.startsWith('[')) {
    const end = address.indexOf(']');
    if (end === -1) {
      return null;
    }
    const rest = address.slice(end + 1);
    if (rest !== '' && !/^:[0-9]{1,5}$/.test(rest)) {
      return null;
    }
    address = address.slice(1, end);
  }

  return address.replace(/\/[0-9]{1,3}$/, '').replace(/%[0-9A-Za-z._~-]+$/, '');
}
