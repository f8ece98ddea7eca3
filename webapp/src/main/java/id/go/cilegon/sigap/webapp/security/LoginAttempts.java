package id.go.cilegon.sigap.webapp.security;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Failed logins per user name, in the {@code login_attempts} collection so every node sees them: after
 * {@code sigap.login.max-failures} wrong passwords in a row the account is locked for {@code sigap.login.lockout},
 * whatever password comes next; a successful login clears the count. Wrong TOTP codes, and wrong current passwords
 * on the account page, count as wrong passwords.
 */
@Component
public class LoginAttempts {

    private final MongoCollection<Document> attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(MongoDatabase database, Clock clock, @Value("${sigap.login.max-failures:5}") int maxFailures,
            @Value("${sigap.login.lockout:PT15M}") Duration lockout) {
        this.attempts = database.getCollection("login_attempts");
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public Mono<Boolean> locked(String username) {
        return Mono.fromCallable(() -> {
            Document attempt = attempts.find(eq("_id", username)).first();
            Date until = attempt == null ? null : attempt.getDate("lockedUntil");
            return until != null && until.toInstant().isAfter(clock.instant());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    public Mono<Void> failed(String username) {
        return Mono.<Void>fromRunnable(() -> {
            Document attempt = attempts.findOneAndUpdate(eq("_id", username), inc("failures", 1),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            if (attempt != null && attempt.getInteger("failures", 0) >= maxFailures) {
                Instant until = clock.instant().plus(lockout);
                attempts.updateOne(eq("_id", username), set("lockedUntil", Date.from(until)));
                attempts.updateOne(eq("_id", username), set("failures", 0));
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    public Mono<Void> succeeded(String username) {
        return Mono.<Void>fromRunnable(() -> attempts.deleteOne(eq("_id", username)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
