package id.go.cilegon.sigap.webapp.security;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Officer accounts, kept in the {@code officers} collection keyed by user name. Only the bcrypt hash of a
 * password is ever stored.
 */
@Component
public class OfficerAccounts implements ReactiveUserDetailsService {

    static final String COLLECTION = "officers";

    private final MongoCollection<Document> officers;
    private final PasswordEncoder passwords;

    public OfficerAccounts(MongoDatabase database, PasswordEncoder passwords) {
        this.officers = database.getCollection(COLLECTION);
        this.passwords = passwords;
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Mono.fromCallable(() -> officers.find(eq("_id", username)).first())
                .subscribeOn(Schedulers.boundedElastic())
                .map(officer -> User.withUsername(officer.getString("_id"))
                        .password(officer.getString("passwordHash"))
                        .roles(officer.getList("roles", String.class).toArray(String[]::new))
                        .build());
    }

    /** Creates the account or resets its password and roles; an officer of a PPID Pelaksana has no unit here. */
    public void save(String username, String displayName, String password, List<OfficerRole> roles) {
        save(username, displayName, password, roles, null);
    }

    /** Creates the account or resets its password, roles and unit (the OPD a PPID Pelaksana works for). */
    public void save(String username, String displayName, String password, List<OfficerRole> roles, UnitId unit) {
        officers.replaceOne(eq("_id", username), new Document("_id", username)
                        .append("displayName", displayName)
                        .append("passwordHash", passwords.encode(password))
                        .append("roles", roles.stream().map(Enum::name).toList())
                        .append("unit", unit == null ? null : unit.value()),
                new ReplaceOptions().upsert(true));
    }

    /** The logged-in officer's name, roles and unit, as the pages and the commands need them. */
    /**
     * The logged-in officer doing case work; an administrator's account is not case work, so it, like a request
     * without a login, is "forbidden".
     */
    public Mono<Officer> caseWorker(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .flatMap(principal -> officer(principal.getName()))
                .filter(officer -> !officer.roles().equals(Set.of(OfficerRole.ADMIN)))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)));
    }

    public Mono<Officer> officer(String username) {
        return Mono.fromCallable(() -> officers.find(eq("_id", username)).first())
                .subscribeOn(Schedulers.boundedElastic())
                .map(OfficerAccounts::officer);
    }

    private static Officer officer(Document officer) {
        return new Officer(officer.getString("_id"), officer.getString("displayName"),
                officer.getList("roles", String.class).stream().map(OfficerRole::valueOf)
                        .collect(Collectors.toUnmodifiableSet()),
                officer.getString("unit") == null ? null : new UnitId(officer.getString("unit")));
    }

    /** Every officer with any of {@code roles}, by display name: whom a case can be given to. */
    public Mono<List<Officer>> withAnyRole(Collection<OfficerRole> roles) {
        return Mono.fromCallable(() -> {
            List<Officer> found = new ArrayList<>();
            officers.find(in("roles", roles.stream().map(Enum::name).toList()))
                    .forEach(document -> found.add(officer(document)));
            found.sort(Comparator.comparing(Officer::displayName));
            return found;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    public boolean exists(String username) {
        return officers.find(eq("_id", username)).first() != null;
    }
}
