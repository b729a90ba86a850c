package org.warraq.util;

import com.ibm.icu.text.IDNA;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for "an absolute web address" in site.yaml, front matter and templates: {@code http://} or
 * {@code https://} (any case), then a host (a domain name, internationalised or not, or an IP address),
 * an optional port, and the rest of the address, with no white space, control or bidi control character
 * anywhere. The rest is taken as written (agency addresses are often not strictly RFC 3986).
 */
public final class Urls {
    /** As browsers do (the WHATWG URL standard's "domain to ASCII"): UTS #46, nontransitional, bidi and joiner rules. */
    private static final IDNA IDN = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+]");

    private Urls() {
    }

    /** Whether {@code url} is an absolute http(s) address (see the class comment). */
    public static boolean isHttp(String url) {
        return normalHttp(url).isPresent();
    }

    /**
     * {@code url} in its normal form: scheme and host in lower case, an internationalised domain name in
     * punycode ({@code https://مثال.مصر/} gives {@code https://xn--mgbh0fb.xn--wgbh1c/}), the default port
     * left out; empty when it is not an absolute http(s) address.
     */
    public static Optional<String> normalHttp(String url) {
        if (url.codePoints().anyMatch(Urls::forbidden)) {
            return Optional.empty();
        }
        String lower = url.toLowerCase(Locale.ROOT);
        String scheme = lower.startsWith("https://") ? "https" : lower.startsWith("http://") ? "http" : null;
        if (scheme == null) {
            return Optional.empty();
        }
        int start = scheme.length() + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', Math.max(0, hostPort.indexOf(']'))) : hostPort.indexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon + 1);
        Optional<String> asciiHost = host(host);
        if (asciiHost.isEmpty() || !port.matches("\\d{0,5}") || !port.isEmpty() && Integer.parseInt(port) > 65535) {
            return Optional.empty();
        }
        boolean defaultPort = port.isEmpty() || Integer.parseInt(port) == (scheme.equals("https") ? 443 : 80);
        return Optional.of(scheme + "://" + userInfo + asciiHost.get() + (defaultPort ? "" : ":" + Integer.parseInt(port))
                + url.substring(end));
    }

    /** A host in ASCII, lower case: a domain name (through UTS #46 when internationalised) or an IPv6 literal. */
    private static Optional<String> host(String host) {
        if (IPV6.matcher(host).matches()) {
            return Optional.of(host.toLowerCase(Locale.ROOT));
        }
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        IDN.nameToASCII(host, ascii, info);
        String name = ascii.toString();
        String labels = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (info.hasErrors() || labels.isEmpty()) {
            return Optional.empty();
        }
        for (String label : labels.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    /** White space, control characters and bidi controls: never in an address as written. */
    private static boolean forbidden(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
