package id.go.cilegon.sigap.webapp.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.cilegon.sigap.infra.personaldata.BlindIndex;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token buckets per client address (Bucket4j) on the doors anyone can knock at: the officers' login, every
 * citizen's write (forms, their JSON API, Open311), and the WhatsApp webhook (a larger limit: Meta calls it from
 * few addresses for every message and receipt). Over the limit the answer is 429 with {@code Retry-After}, as
 * problem details for the APIs and a short page for forms; nothing is processed. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that the address is the client's, not the proxy's.
 *
 * <p>The login counts twice (ADR 0039): the address has a larger bucket for every step of every login from it
 * (password and TOTP code), as the offices of a city hall share one address, and each name typed there a small one of
 * its own, so one officer's mistakes hold back only that name. The address is asked first: a flood of
 * made-up names stops at its limit instead of leaving a bucket per name in the store. Guessing one officer's password
 * or code is bounded by the account's lock ({@code LoginAttempts}); trying one password on many names, by the address.
 *
 * <p>The buckets are kept in the store ({@link StoredBuckets}, ADR 0038) under the blind index of the client's address,
 * never the address, so every node counts against the same ones. A node takes up to a tenth of a limit from its own
 * copy of a bucket, for at most a second, before it settles with the store: a client on two nodes may get that much
 * more, and a busy door (the webhook) costs the store a write a second rather than one per request. A limit under ten
 * a minute is settled at every request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class RateLimit implements WebFilter {

    private static final List<PathPattern> PUBLIC_WRITES = List.of("/permohonan", "/pengaduan", "/status/**",
                    "/pengaduan/status/**", "/api/v1/permohonan-informasi", "/api/v1/pengaduan",
                    "/api/v1/status-permohonan/**", "/api/v1/status-pengaduan/**", "/open311/**").stream()
            .map(PathPatternParser.defaultInstance::parse).toList();
    /** The login's steps: the password ({@code /masuk}) and the TOTP code ({@code /masuk/kode}). */
    private static final PathPattern LOGIN = PathPatternParser.defaultInstance.parse("/masuk/**");
    private static final PathPattern PASSWORD_STEP = PathPatternParser.defaultInstance.parse("/masuk");
    /** A login form is a name, a password and a CSRF token: far less than this. */
    private static final long LOGIN_FORM_BYTES = 4096;
    private static final String NO_NAME = "-";
    private static final PathPattern WEBHOOK = PathPatternParser.defaultInstance.parse("/api/v1/whatsapp/webhook");
    /** An IPv4 or IPv6 address as text, IPv6 perhaps in brackets. */
    private static final Pattern ADDRESS_TEXT = Pattern.compile("\\[?[0-9A-Fa-f:.]{2,45}]?");

    private final boolean enabled;
    private final int loginsPerMinute;
    private final int addressLoginsPerMinute;
    private final int writesPerMinute;
    private final int webhookPerMinute;
    private final StoredBuckets stored;
    private final BlindIndex blindIndex;
    private final FieldMessages messages;
    private final JsonMapper json;
    /** This node's handle on each stored bucket, which holds what it took and has not yet settled. */
    private final Cache<String, AsyncBucketProxy> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    public RateLimit(@Value("${sigap.rate-limit.enabled:true}") boolean enabled,
            @Value("${sigap.rate-limit.logins-per-minute:10}") int loginsPerMinute,
            @Value("${sigap.rate-limit.address-logins-per-minute:60}") int addressLoginsPerMinute,
            @Value("${sigap.rate-limit.public-writes-per-minute:30}") int writesPerMinute,
            @Value("${sigap.rate-limit.webhook-per-minute:1200}") int webhookPerMinute,
            StoredBuckets stored, BlindIndex blindIndex, FieldMessages messages, JsonMapper json) {
        this.enabled = enabled;
        this.loginsPerMinute = loginsPerMinute;
        this.addressLoginsPerMinute = addressLoginsPerMinute;
        this.writesPerMinute = writesPerMinute;
        this.webhookPerMinute = webhookPerMinute;
        this.stored = stored;
        this.blindIndex = blindIndex;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!enabled || exchange.getRequest().getMethod() != HttpMethod.POST) {
            return chain.filter(exchange);
        }
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (LOGIN.matches(path)) {
            String client = client(exchange);
            Limit address = new Limit("login-address", addressLoginsPerMinute, client);
            if (!PASSWORD_STEP.matches(path)) {
                return take(List.of(address), exchange, chain);
            }
            return typedName(exchange).flatMap(name -> take(List.of(address, new Limit("login", loginsPerMinute,
                    client + "|" + name)), exchange, chain));
        }
        if (WEBHOOK.matches(path)) {
            return take(List.of(new Limit("webhook", webhookPerMinute, client(exchange))), exchange, chain);
        }
        if (PUBLIC_WRITES.stream().anyMatch(pattern -> pattern.matches(path))) {
            return take(List.of(new Limit("write", writesPerMinute, client(exchange))), exchange, chain);
        }
        return chain.filter(exchange);
    }

    /** A bucket: the door it guards, its size a minute, and whose it is (blind indexes, never an address or name). */
    private record Limit(String door, int perMinute, String subject) {

        /** The limit is part of the key: a changed limit starts new buckets rather than meeting the old ones. */
        String key() {
            return door + "|" + perMinute + "|" + subject;
        }
    }

    /** Takes a token from each bucket in turn; the first that is empty refuses, and the ones after it keep theirs. */
    private Mono<Void> take(List<Limit> limits, ServerWebExchange exchange, WebFilterChain chain) {
        if (limits.isEmpty()) {
            return chain.filter(exchange);
        }
        Limit limit = limits.get(0);
        AsyncBucketProxy bucket = buckets.get(limit.key(), key -> bucket(key, limit.perMinute()));
        return Mono.fromFuture(() -> bucket.tryConsumeAndReturnRemaining(1))
                .flatMap(probe -> probe.isConsumed() ? take(limits.subList(1, limits.size()), exchange, chain)
                        : refuse(exchange, probe));
    }

    /**
     * The name typed at the login as its blind index. The form is read once per exchange and kept, so the login reads
     * the same one; a body that is no small readable form is not read here (the filters after this one refuse it) and
     * has no name: such requests from one address count as one name, "-".
     */
    private Mono<String> typedName(ServerWebExchange exchange) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length < 0 || length > LOGIN_FORM_BYTES) {
            return Mono.just(NO_NAME);
        }
        return exchange.getFormData()
                .map(form -> Objects.requireNonNullElse(blindIndex.of(BlindIndex.Kind.NAMA_PENGGUNA,
                        form.getFirst("username")), NO_NAME))
                .onErrorReturn(NO_NAME);
    }

    private AsyncBucketProxy bucket(String key, int perMinute) {
        var builder = stored.asAsync().builder();
        if (perMinute >= 10) {
            builder = builder.withOptimization(stored.settlingEvery(perMinute / 10, Duration.ofSeconds(1)));
        }
        BucketConfiguration limit = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
        return builder.build(key, () -> CompletableFuture.completedFuture(limit));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, ConsumptionProbe probe) {
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return FilterRefusal.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", messages, json,
                String.valueOf(seconds));
    }

    /**
     * The client's address as its blind index: the store holds no network address. Behind nginx Spring takes it from
     * {@code X-Forwarded-For}, which nginx writes, as an unresolved address: its text is the address. Text that is no
     * address is one client, "unknown", and never looked up.
     */
    private String client(ServerWebExchange exchange) {
        InetSocketAddress address = exchange.getRequest().getRemoteAddress();
        String host = address == null ? null
                : address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return host == null || !ADDRESS_TEXT.matcher(host).matches() ? "unknown"
                : blindIndex.of(BlindIndex.Kind.ALAMAT_IP, host);
    }
}
