package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Host headers the preview answers, by the address it listens on. */
class AllowedHostsTest {
    @ParameterizedTest(name = "bind {0}, Host {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "127.0.0.1 | localhost | true",
        "127.0.0.1 | LOCALHOST:8080 | true",
        "127.0.0.1 | 127.0.0.1 | true",
        "127.0.0.1 | 127.0.0.1:8080 | true",
        "127.0.0.1 | [::1] | true",
        "127.0.0.1 | [::1]:8080 | true",
        "127.0.0.1 | 127.0.0.2:80 | true",
        "127.0.0.1 | evil.example | false",
        "127.0.0.1 | evil.example:8080 | false",
        "127.0.0.1 | localhost.evil.example | false",
        "127.0.0.1 | 127.0.0.1.evil.example | false",
        "127.0.0.1 | 192.168.1.5:8080 | false",
        "127.0.0.1 | localhost:80x | false",
        "127.0.0.1 | localhost: | false",
        "127.0.0.1 | '' | false",
        "127.0.0.1 | NULL | false",
        "127.0.0.1 | [::1 | false",
        "192.168.1.5 | 192.168.1.5:8080 | true",
        "192.168.1.5 | 192.168.1.6:8080 | false",
        "192.168.1.5 | localhost:8080 | true",
        "0.0.0.0 | 192.168.1.6:8080 | true",
        "0.0.0.0 | [fe80::1]:8080 | true",
        "0.0.0.0 | evil.example:8080 | false",
        "0.0.0.0 | 0x7f.1 | false",
    })
    void answersOnlyToThisComputersNames(String bind, String host, boolean allowed) throws Exception {
        AllowedHosts hosts = new AllowedHosts(bind, InetAddress.getByName(bind));
        assertThat(hosts.allows(host)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"preview.lan, preview.lan:8080, true", "preview.lan, other.lan:8080, false"})
    void answersToTheNameGivenToBind(String bindName, String host, boolean allowed) throws Exception {
        AllowedHosts hosts = new AllowedHosts(bindName, InetAddress.getByName("192.168.1.5"));
        assertThat(hosts.allows(host)).isEqualTo(allowed);
    }
}
