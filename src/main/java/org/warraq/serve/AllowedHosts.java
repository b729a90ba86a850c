package org.warraq.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The names the preview answers to in a request's {@code Host} header: {@code localhost}, the loopback
 * addresses ({@code 127.0.0.1}, {@code [::1]}) and the address it listens on, each with or without a port.
 * A page on another site that makes its own name point at this computer (DNS rebinding) sends its own name,
 * and gets 403: it cannot read the preview, drafts included. When the preview listens on every address
 * ({@code --bind 0.0.0.0}), any IP address is accepted too (a rebinding page never has one for a name);
 * a computer name is accepted only when it was given to {@code --bind}. Names are never looked up.
 */
final class AllowedHosts {
    private final String bindName;
    private final InetAddress bound;

    /**
     * @param bindName the {@code --bind} argument as typed
     * @param bound    the address listened on
     */
    AllowedHosts(String bindName, InetAddress bound) {
        this.bindName = bindName.toLowerCase(Locale.ROOT);
        this.bound = bound;
    }

    /** Whether a request with this {@code Host} header (null when there is none) may be answered. */
    boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String name = withoutPort(host.strip().toLowerCase(Locale.ROOT));
        if (name == null || name.isEmpty()) {
            return false;
        }
        if (name.equals("localhost") || name.equals(bindName)) {
            return true;
        }
        InetAddress address = literal(name);
        if (address == null) {
            return false;
        }
        return address.isLoopbackAddress() || address.equals(bound) || bound.isAnyLocalAddress();
    }

    /** The name without {@code :port} (and an IPv6 address without its brackets); null when the port is not a number. */
    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0 || !(close == host.length() - 1 || isPort(host.substring(close + 1)))) {
                return null;
            }
            return host.substring(1, close);
        }
        int colon = host.indexOf(':');
        if (colon < 0) {
            return host;
        }
        return isPort(host.substring(colon)) ? host.substring(0, colon) : null;
    }

    private static boolean isPort(String colonAndDigits) {
        return colonAndDigits.length() > 1 && colonAndDigits.length() <= 6 && colonAndDigits.charAt(0) == ':'
                && colonAndDigits.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The address an IP literal names, without any lookup; null for anything else. */
    private static InetAddress literal(String name) {
        boolean v4 = name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = name.indexOf(':') >= 0 && name.matches("[0-9a-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
