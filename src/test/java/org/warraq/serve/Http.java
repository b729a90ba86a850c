package org.warraq.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client for the preview server's tests. */
final class Http {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();
    private final int port;

    Http(int port) {
        this.port = port;
    }

    HttpClient client() {
        return client;
    }

    URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + port + rawPath);
    }

    /** A path with its non-ASCII characters percent-encoded as UTF-8, as a browser sends it. */
    static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    HttpResponse<String> get(String rawPath) {
        return send(HttpRequest.newBuilder(uri(rawPath)).timeout(TIMEOUT).GET().build());
    }

    HttpResponse<String> method(String method, String rawPath) {
        return send(HttpRequest.newBuilder(uri(rawPath)).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<byte[]> getBytes(String rawPath) {
        try {
            return client.send(HttpRequest.newBuilder(uri(rawPath)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends {@code GET target} exactly as written over a plain socket (no client tidies the path up) and
     * returns the whole response, status line first.
     */
    String raw(String target) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int status(String rawResponse) {
        String[] first = rawResponse.split("\r\n", 2)[0].split(" ");
        return first.length > 1 ? Integer.parseInt(first[1]) : -1;
    }
}
