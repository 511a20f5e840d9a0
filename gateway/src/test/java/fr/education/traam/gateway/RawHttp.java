package fr.education.traam.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 written by hand on a socket, for what no well-behaved client sends: paths with {@code ..} or encoded
 * separators, over-long lines, unknown methods, and bodies streamed in chunks faster than any limit allows.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code head} (request line and headers, without the blank line) and no body. */
    Response send(String head) {
        try (Socket socket = connect()) {
            socket.getOutputStream().write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends {@code head} and the first half of {@code body}, runs {@code meanwhile}, then sends the rest and reads the
     * answer: what a slow client's request looks like to the gateway while it is still arriving.
     */
    Response sendInTwoHalves(String head, byte[] body, Runnable meanwhile) {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, body.length / 2);
            out.flush();
            meanwhile.run();
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            return read(socket.getInputStream());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer to an upload, and how many bytes of it the client had sent when the answer came. */
    record Upload(Response response, long sentWhenAnswered) {
    }

    /** POSTs {@code bytes} of zeros in 64 KB chunks from another thread while this one reads the answer, as a browser does. */
    Upload streamChunked(String path, long bytes) {
        AtomicLong sent = new AtomicLong();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> writeChunks(out, bytes, sent), "raw-http-upload");
            writer.setDaemon(true);
            writer.start();
            Response response = read(socket.getInputStream());
            long sentWhenAnswered = sent.get();
            writer.join(60_000);
            return new Upload(response, sentWhenAnswered);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeChunks(OutputStream out, long bytes, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        byte[] frameHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try {
            while (sent.get() < bytes) {
                out.write(frameHead);
                out.write(chunk);
                out.write(crlf);
                sent.addAndGet(chunk.length);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        catch (IOException closed) {
            // The gateway may close the connection once it has answered: the upload simply stops there.
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(120_000);
        return socket;
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int contentLength = -1;
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                received.write(buffer, 0, n);
                byte[] bytes = received.toByteArray();
                if (headEnd < 0) {
                    headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    if (headEnd >= 0) {
                        contentLength = contentLength(new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1));
                    }
                }
                if (headEnd >= 0 && contentLength >= 0 && bytes.length - headEnd - 4 >= contentLength) {
                    break;
                }
            }
        }
        catch (SocketException reset) {
            // Whatever arrived before a reset is the answer; an empty one fails the caller's assertions.
        }
        byte[] bytes = received.toByteArray();
        if (headEnd < 0) {
            throw new IllegalStateException("no HTTP response, received: " + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        Arrays.stream(lines).skip(1).forEach(line -> {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        });
        int bodyEnd = contentLength >= 0 ? Math.min(bytes.length, headEnd + 4 + contentLength) : bytes.length;
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
                new String(bytes, headEnd + 4, bodyEnd - headEnd - 4, StandardCharsets.UTF_8));
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte[] target) {
        outer:
        for (int i = 0; i <= bytes.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (bytes[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
