package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx running the production file {@code infra/deploy/nginx/sigap.conf} on loopback, in front of two nodes:
 * only the addresses it listens on and proxies to, Sigap's name ({@value #NAME}) and the certificate (a self-signed
 * one made for the test) are changed; every setting that matters (headers, limits, timeouts, routes) is the file's
 * own. Debian's nginx 1.22 predates the {@code http2} directive (1.25.1, the production image has 1.27), so that one
 * line is left out.
 */
final class Nginx implements AutoCloseable {

    static final Path DEPLOY_FILE = Path.of("..", "infra", "deploy", "nginx", "sigap.conf");
    /** Sigap's name in the test, for sigap.cilegon.go.id: the loopback address's own. */
    static final String NAME = "localhost";
    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Daemon process;
    private final Path directory;
    private final int httpsPort;
    private final Path certificate;

    private Nginx(Daemon process, Path directory, int httpsPort, Path certificate) {
        this.process = process;
        this.directory = directory;
        this.httpsPort = httpsPort;
        this.certificate = certificate;
    }

    /** Starts nginx with its files in {@code directory}, proxying to the nodes on {@code first} and {@code second}. */
    static Nginx start(Path directory, int first, int second) {
        assertThat(BINARY).as("nginx (Debian's package; .ci/run installs it)").isExecutable();
        try {
            Path certificate = directory.resolve("cert.pem");
            Path key = directory.resolve("key.pem");
            run(directory, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=" + NAME, "-addext", "subjectAltName=DNS:" + NAME, "-keyout", key.toString(), "-out",
                    certificate.toString());
            int httpsPort = Nodes.freePort();
            Path site = directory.resolve("sigap.conf");
            Files.writeString(site, siteOf(Files.readString(DEPLOY_FILE), first, second, Nodes.freePort(),
                    httpsPort, certificate, key));
            // Workers may run as another user than the test (nobody, when it is root): the buffered bodies' folder
            // is theirs to write, and the way to it theirs to pass.
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx--x--x"));
            Path temporary = Files.createDirectories(directory.resolve("temp"));
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.writeString(directory.resolve("nginx.conf"), """
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 256; }
                    http {
                        access_log %1$s/access.log;
                        client_body_temp_path %2$s/body;
                        proxy_temp_path %2$s/proxy;
                        fastcgi_temp_path %2$s/fastcgi;
                        uwsgi_temp_path %2$s/uwsgi;
                        scgi_temp_path %2$s/scgi;
                        include %3$s;
                    }
                    """.formatted(directory, temporary, site));
            Daemon process = Daemon.start(directory.resolve("nginx.out"), List.of(BINARY.toString(), "-p",
                    directory.toString(), "-c", directory.resolve("nginx.conf").toString(), "-g", "daemon off;"));
            Nginx nginx = new Nginx(process, directory, httpsPort, certificate);
            process.awaitReady("nginx", Duration.ofSeconds(20), nginx::listening, nginx::errors);
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deploy file with loopback addresses and the test's certificate; each change must find what it changes. */
    static String siteOf(String deployFile, int first, int second, int httpPort, int httpsPort, Path certificate,
            Path key) {
        String site = deployFile;
        site = Daemon.replacedIn(site, "server sigap1:8080", "server 127.0.0.1:" + first);
        site = Daemon.replacedIn(site, "server sigap2:8080", "server 127.0.0.1:" + second);
        site = Daemon.replacedIn(site, "server_name sigap.cilegon.go.id;", "server_name " + NAME + ";");
        for (String options : List.of("", " default_server")) {
            site = Daemon.replacedIn(site, "    listen 80" + options + ";\n",
                    "    listen 127.0.0.1:" + httpPort + options + ";\n");
            site = Daemon.replacedIn(site, "    listen [::]:80" + options + ";\n", "");
            site = Daemon.replacedIn(site, "    listen 443 ssl" + options + ";\n",
                    "    listen 127.0.0.1:" + httpsPort + " ssl" + options + ";\n");
            site = Daemon.replacedIn(site, "    listen [::]:443 ssl" + options + ";\n", "");
        }
        site = Daemon.replacedIn(site, "    http2 on;\n", "");
        site = Daemon.replacedIn(site, "/etc/nginx/tls/fullchain.pem", certificate.toString());
        return Daemon.replacedIn(site, "/etc/nginx/tls/privkey.pem", key.toString());
    }

    /** An HTTP client that trusts the test's certificate and follows no redirects. */
    HttpClient client() {
        return HttpClient.newBuilder().sslContext(trusting(certificate)).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * The status code of a POST of {@code body} sent from {@code localAddress} (another loopback address is another
     * client to nginx) to Sigap's name.
     */
    int postFrom(String localAddress, String path, String contentType, byte[] body) {
        Integer status = send(localAddress, NAME, NAME + ":" + httpsPort, "POST " + path, contentType, body);
        assertThat(status).as("nginx's answer").isNotNull();
        return status;
    }

    /** The status code of a GET of {@code path} sent from {@code localAddress}, as {@link #postFrom}. */
    int getFrom(String localAddress, String path) {
        Integer status = send(localAddress, NAME, NAME + ":" + httpsPort, "GET " + path, "text/plain", new byte[0]);
        assertThat(status).as("nginx's answer").isNotNull();
        return status;
    }

    /**
     * Sends {@code request} ("method path") with {@code body} over TLS for the name {@code serverName} and with the
     * header {@code Host: host}, and answers the status code, or {@code null} when nginx closed the connection without
     * an answer. Java 17's HTTP client can choose neither its address nor a Host header of its own, so this speaks
     * HTTP/1.1 over a socket of its own.
     */
    Integer send(String localAddress, String serverName, String host, String request, String contentType,
            byte[] body) {
        // A context of its own each time: with a cached session the handshake would resume rather than ask again.
        try (SSLSocket socket = (SSLSocket) trusting(certificate).getSocketFactory().createSocket()) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(serverName)));
            socket.setSSLParameters(parameters);
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", httpsPort), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((request + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return statusLine == null ? null : Integer.valueOf(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "https://" + NAME + ":" + httpsPort + path;
    }

    /** What nginx logged of its own (errors, warnings), for a failed test. */
    String errors() {
        return Daemon.contents(directory.resolve("error.log"));
    }

    @Override
    public void close() {
        process.close();
    }

    /** Ready once it accepts a connection on its https port. */
    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", httpsPort), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static SSLContext trusting(Path certificate) {
        try (InputStream pem = Files.newInputStream(certificate)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Path directory, String... command) throws IOException {
        Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            assertThat(process.waitFor()).as("%s: %s", command[0], output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
