package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview under clients that open connections and never finish their headers (a local page or program
 * can do it; so can the network with --bind 0.0.0.0), and requests for another host (DNS rebinding): on
 * loopback, bounded, every socket closed at the end.
 */
class SlowClientsTest {
    private static final int SLOW_CLIENTS = 200;

    @TempDir
    Path dir;
    private final LiveEvents events = new LiveEvents(new BuildStatus("test-1", true, List.of(), "built"));
    private final List<Socket> sockets = new ArrayList<>();
    private StaticServer server;

    @AfterEach
    void close() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
        events.close();
    }

    private Http start(RequestThreads threads) throws IOException {
        Path site = dir.resolve("site");
        TestSite.write(site, "index.html", "<!DOCTYPE html><html><body><p>الصفحة</p></body></html>\n");
        server = StaticServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), threads, site, events,
                () -> BasePath.ROOT, new AtomicLong(2)::get);
        server.start();
        return new Http(server.address().getPort());
    }

    /** Opens a connection that sends the start of a request and then nothing. */
    private Socket slowClient(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        sockets.add(s);
        OutputStream out = s.getOutputStream();
        out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    @Test
    void answersAtOnceWhile200ClientsHoldTheirHeaders() throws Exception {
        Http http = start(new RequestThreads());
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slowClient(server.address().getPort());
        }
        HttpResponse<String> r = http.client().send(HttpRequest.newBuilder(http.uri("/")).timeout(Duration.ofSeconds(5))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("الصفحة");
    }

    @Test
    void closesAConnectionWhoseHeadersDoNotComeInTime() throws Exception {
        Http http = start(new RequestThreads(Duration.ofMillis(500), Duration.ofSeconds(60)));
        Socket slow = slowClient(server.address().getPort());
        slow.setSoTimeout(10_000);
        InputStream in = slow.getInputStream();
        int read;
        try {
            read = in.read();
        } catch (SocketTimeoutException e) {
            read = -2;
        } catch (IOException e) {
            read = -1; // reset by the server: closed as well
        }
        assertThat(read).as("the server closed the connection").isEqualTo(-1);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesRequestsForAnotherHostWith403() throws Exception {
        Http http = start(new RequestThreads());
        int port = server.address().getPort();
        assertThat(Http.status(raw(port, "Host: evil.example:" + port))).isEqualTo(403);
        assertThat(raw(port, "Host: evil.example")).doesNotContain("الصفحة");
        assertThat(Http.status(raw(port, "Host: localhost:" + port))).isEqualTo(200);
        assertThat(Http.status(raw(port, "Host: [::1]:" + port))).isEqualTo(200);
        assertThat(Http.status(raw(port, "Host: 127.0.0.1"))).isEqualTo(200);
        assertThat(http.get("/__warraq/status").statusCode()).isEqualTo(200);
        assertThat(Http.status(raw(port, "Host: evil.example", "/__warraq/status"))).isEqualTo(403);
    }

    private static String raw(int port, String hostLine) throws IOException {
        return raw(port, hostLine, "/");
    }

    private static String raw(int port, String hostLine, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n" + hostLine + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
