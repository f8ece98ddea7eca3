package id.go.cilegon.sigap.webapp.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * HTTP/1.1 written byte by byte on a socket of its own, one request per connection: the request line, headers and
 * body go out exactly as given — a broken percent escape, a header no client library would send, a body whose
 * parts lie — which a client library would refuse or repair. The body is written on another thread while the
 * answer is read, so that a server refusing a request before reading its body is heard, not cut off.
 */
public final class RawHttp implements AutoCloseable {

    private static final int MAX_ANSWER = 1 << 20;

    private final int port;
    private final Duration timeout;
    private final ExecutorService writers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "raw-http-writer");
        thread.setDaemon(true);
        return thread;
    });

    public RawHttp(int port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
    }

    /** An answer: its status (-1 when none came), its header lines and its body as text, or why none came. */
    public record Answer(int status, List<String> headers, String body) {

        public String header(String name) {
            return headers.stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse(null);
        }

        /** The {@code name=value} of the cookie {@code name} this answer sets, for a later request's header. */
        public String cookie(String name) {
            return headers.stream().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                    .map(line -> line.substring(11).strip().split(";", 2)[0])
                    .filter(pair -> pair.startsWith(name + "=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cookie " + name + ": " + headers));
        }
    }

    /**
     * Sends one request. {@code Host} is {@code 127.0.0.1:<port>} unless {@code headers} names one; a body gets its
     * {@code Content-Length}; every request asks the server to close the connection after its answer.
     */
    public Answer send(String method, String target, List<String[]> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            byte[] head = head(method, target, headers, body.length);
            OutputStream out = socket.getOutputStream();
            Future<?> writing = writers.submit(() -> {
                out.write(head);
                out.write(body);
                out.flush();
                return null;
            });
            Answer answer = read(socket.getInputStream());
            writing.cancel(true);
            return answer;
        } catch (IOException e) {
            return new Answer(-1, List.of(), e.toString());
        }
    }

    private byte[] head(String method, String target, List<String[]> headers, int length) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (headers.stream().noneMatch(header -> header[0].equalsIgnoreCase("Host"))) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        headers.forEach(header -> head.append(header[0]).append(": ").append(header[1]).append("\r\n"));
        if (length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0 && received.size() < MAX_ANSWER; read = in.read(buffer)) {
                received.write(buffer, 0, read);
            }
        } catch (IOException e) {
            if (received.size() == 0) {
                throw e;
            }
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (!statusLine[0].startsWith("HTTP/") || statusLine.length < 2) {
            throw new IOException("Not an HTTP answer: " + lines[0]);
        }
        List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
        byte[] all = received.toByteArray();
        String body = end < 0 ? "" : new String(all, end + 4, all.length - end - 4, StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(statusLine[1]), headerLines, body);
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }
}
