package org.warraq.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for absolute web addresses, and their normal form. */
class UrlsTest {
    @Test
    void schemeAndHostAreLowerCaseAndTheDefaultPortGoes() {
        assertThat(Urls.normalHttp("HTTPS://Example.ORG:443/News/")).contains("https://example.org/News/");
        assertThat(Urls.normalHttp("http://EXAMPLE.org:8080")).contains("http://example.org:8080");
        assertThat(Urls.normalHttp("https://[::1]:8443/x")).contains("https://[::1]:8443/x");
    }

    @Test
    void anInternationalisedDomainBecomesPunycode() {
        assertThat(Urls.normalHttp("https://مثال.مصر/أخبار/")).contains("https://xn--mgbh0fb.xn--wgbh1c/أخبار/");
        assertThat(Urls.normalHttp("https://faß.de/")).as("UTS #46, nontransitional").contains("https://xn--fa-hia.de/");
    }

    @Test
    void agencyAddressesAreTakenAsWritten() {
        assertThat(Urls.isHttp("https://www.aa.com.tr/ar/politika/خبر/3145678?x=1|2")).isTrue();
    }

    @Test
    void whatIsNoAbsoluteHttpAddressIsRefused() {
        for (String url : new String[] {"javascript:alert(1)", "https://", "https:///x", "https://exa mple.org/",
                "https://example.org/a\u0001", "https://example..org/", "https://-x.org/", "https://example.org:99999/",
                "https://example.org/\u202Egnp.exe", "ftp://example.org/", "//example.org/"}) {
            assertThat(Urls.isHttp(url)).as(url).isFalse();
        }
    }
}
