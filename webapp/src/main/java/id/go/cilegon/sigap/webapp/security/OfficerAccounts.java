package id.go.cilegon.sigap.webapp.security;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Officer accounts, kept in the {@code officers} collection keyed by user name. Only the bcrypt hash of a
 * password is ever stored, and a TOTP secret only sealed (ADR 0021). An account is disabled, never deleted, so the
 * cases keep naming their officers. Each account keeps its history of changes (who, when, what; never a password)
 * and a version that every change a session relies on (roles, unit, password, second factor, being enabled) raises:
 * a session begun under an older version ends at its next request ({@link OfficerSessions}).
 */
@Component
public class OfficerAccounts implements ReactiveUserDetailsService {

    static final String COLLECTION = "officers";
    /** The most recent changes kept on an account; older ones drop off. */
    private static final int HISTORY = 200;

    /**
     * The roster of active administrators, one document: always a subset of the enabled accounts holding ADMIN, and
     * never emptied by a change. An administrator leaves it (a conditional update of this one document) before the
     * account loses the role or is disabled, and joins it after the account has gained them; so two administrators
     * disabling each other at the same moment cannot leave the city without one.
     */
    static final String ADMIN_ROSTER = "officer_admin_roster";
    private static final String ROSTER_ID = "active-admins";

    private final MongoCollection<Document> officers;
    private final MongoCollection<Document> roster;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public OfficerAccounts(MongoDatabase database, PasswordEncoder passwords, Clock clock) {
        this.officers = database.getCollection(COLLECTION);
        this.roster = database.getCollection(ADMIN_ROSTER);
        this.passwords = passwords;
        this.clock = clock;
        startRoster();
    }

    /** A store that has no roster yet (new, or from before it) gets one of the accounts as they are. */
    private void startRoster() {
        if (roster.find(eq("_id", ROSTER_ID)).first() != null) {
            return;
        }
        List<String> admins = new ArrayList<>();
        officers.find(eq("roles", OfficerRole.ADMIN.name())).forEach(officer -> {
            if (enabled(officer)) {
                admins.add(officer.getString("_id"));
            }
        });
        try {
            roster.insertOne(new Document("_id", ROSTER_ID).append("admins", admins));
        } catch (MongoWriteException e) {
            // A duplicate is another node's roster, started at the same moment: theirs stands.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * Takes {@code username} off the roster if another administrator stays on it.
     *
     * @return false when {@code username} is the last one (nothing changed)
     */
    private boolean leaveRoster(String username) {
        return roster.updateOne(and(eq("_id", ROSTER_ID), Filters.elemMatch("admins", new Document("$ne", username))),
                Updates.pull("admins", username)).getMatchedCount() == 1;
    }

    /** Puts {@code username} on the roster, after its account became an enabled administrator, if it still is one. */
    private void joinRoster(String username) {
        roster.updateOne(eq("_id", ROSTER_ID), Updates.addToSet("admins", username));
        Document officer = officers.find(eq("_id", username)).first();
        if (officer == null || !enabled(officer) || !roles(officer).contains(OfficerRole.ADMIN)) {
            // Disabled or stripped between the two writes: it must not count.
            roster.updateOne(eq("_id", ROSTER_ID), Updates.pull("admins", username));
        }
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Mono.fromCallable(() -> officers.find(eq("_id", username)).first())
                .subscribeOn(Schedulers.boundedElastic())
                .map(officer -> User.withUsername(officer.getString("_id"))
                        .password(officer.getString("passwordHash"))
                        .roles(officer.getList("roles", String.class).toArray(String[]::new))
                        .disabled(!enabled(officer))
                        .build());
    }

    /**
     * Creates the account or resets it (password, roles, no unit), enabled and without a second factor: for the demo
     * data and tests. The password policy is the pages' ({@code account.PasswordPolicy}), not this method's.
     */
    public void save(String username, String displayName, String password, List<OfficerRole> roles) {
        save(username, displayName, password, roles, null);
    }

    /** Like {@link #save(String, String, String, List)}, with the OPD a PPID Pelaksana works for. */
    public void save(String username, String displayName, String password, List<OfficerRole> roles, UnitId unit) {
        officers.replaceOne(eq("_id", username), new Document("_id", username)
                        .append("displayName", displayName)
                        .append("passwordHash", passwords.encode(password))
                        .append("roles", roles.stream().map(Enum::name).toList())
                        .append("unit", unit == null ? null : unit.value())
                        .append("enabled", true),
                new ReplaceOptions().upsert(true));
        if (roles.contains(OfficerRole.ADMIN)) {
            joinRoster(username);
        } else {
            roster.updateOne(eq("_id", ROSTER_ID), Updates.pull("admins", username));
        }
    }

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

    /** An officer's name, roles and unit, as the pages and the commands need them. */
    public Mono<Officer> officer(String username) {
        return Mono.fromCallable(() -> officers.find(eq("_id", username)).first())
                .subscribeOn(Schedulers.boundedElastic())
                .map(OfficerAccounts::officer);
    }

    /**
     * The display names of these officers by user name, e.g. for those who acted on a case; an account that no longer
     * exists keeps its user name. {@code null} user names (Sigap or the citizen acted) are left out.
     */
    public Mono<Map<String, String>> displayNames(Collection<String> usernames) {
        return Flux.fromStream(usernames.stream().filter(Objects::nonNull).distinct())
                .flatMap(username -> officer(username).map(Officer::displayName).defaultIfEmpty(username)
                        .map(name -> Map.entry(username, name)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static Officer officer(Document officer) {
        return new Officer(officer.getString("_id"), officer.getString("displayName"), roles(officer),
                officer.getString("unit") == null ? null : new UnitId(officer.getString("unit")));
    }

    /** Every enabled officer with any of {@code roles}, by display name: whom a case can be given to. */
    public Mono<List<Officer>> withAnyRole(Collection<OfficerRole> roles) {
        return Mono.fromCallable(() -> {
            List<Officer> found = new ArrayList<>();
            officers.find(in("roles", roles.stream().map(Enum::name).toList()))
                    .forEach(document -> {
                        if (enabled(document)) {
                            found.add(officer(document));
                        }
                    });
            found.sort(Comparator.comparing(Officer::displayName));
            return found;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    public boolean exists(String username) {
        return officers.find(eq("_id", username)).first() != null;
    }

    /** Every account, enabled ones first, each by display name. */
    public List<OfficerAccount> all() {
        List<OfficerAccount> all = new ArrayList<>();
        officers.find().forEach(document -> all.add(account(document)));
        all.sort(Comparator.comparing(OfficerAccount::enabled).reversed()
                .thenComparing(OfficerAccount::displayName, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    public Optional<OfficerAccount> account(String username) {
        return Optional.ofNullable(officers.find(eq("_id", username)).first()).map(OfficerAccounts::account);
    }

    /** The enabled account whose identity at the city's OIDC provider is {@code identity}. */
    public Optional<OfficerAccount> bySsoIdentity(String identity) {
        return Optional.ofNullable(officers.find(eq("ssoIdentity", identity)).first()).map(OfficerAccounts::account);
    }

    /**
     * Creates an account, enabled, and records who created it.
     *
     * @return false when the user name is taken (nothing is changed)
     */
    public boolean create(NewOfficer officer, String by) {
        OfficerAccount.Change created = new OfficerAccount.Change(clock.instant(), by,
                OfficerAccount.ChangeKind.CREATED, List.of(
                        new OfficerAccount.FieldChange("displayName", null, officer.displayName()),
                        new OfficerAccount.FieldChange("roles", null, roleNames(officer.roles())),
                        new OfficerAccount.FieldChange("unit", null, officer.unit()),
                        new OfficerAccount.FieldChange("ssoIdentity", null, officer.ssoIdentity())).stream()
                        .filter(change -> change.after() != null).toList());
        try {
            officers.insertOne(new Document("_id", officer.username())
                    .append("displayName", officer.displayName())
                    .append("passwordHash", passwords.encode(officer.password()))
                    .append("roles", officer.roles().stream().map(Enum::name).sorted().toList())
                    .append("unit", officer.unit())
                    .append("ssoIdentity", officer.ssoIdentity())
                    .append("enabled", true)
                    .append("version", 0)
                    .append("history", List.of(created.toDocument())));
            if (officer.roles().contains(OfficerRole.ADMIN)) {
                joinRoster(officer.username());
            }
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Changes an account's display name, roles, unit and OIDC identity, recording what changed. A change of roles or
     * unit ends the account's sessions, whose permissions were taken at login.
     *
     * @return false when it would take the role from the last active administrator (nothing is changed)
     */
    public boolean change(OfficerAccount before, String displayName, Set<OfficerRole> roles, String unit,
            String ssoIdentity, String by) {
        List<OfficerAccount.FieldChange> changes = new ArrayList<>();
        compare(changes, "displayName", before.displayName(), displayName);
        compare(changes, "roles", roleNames(before.roles()), roleNames(roles));
        compare(changes, "unit", before.unit(), unit);
        compare(changes, "ssoIdentity", before.ssoIdentity(), ssoIdentity);
        if (changes.isEmpty()) {
            return true;
        }
        boolean wasAdmin = before.has(OfficerRole.ADMIN);
        boolean isAdmin = roles.contains(OfficerRole.ADMIN);
        if (wasAdmin && !isAdmin && !leaveRoster(before.username())) {
            return false;
        }
        boolean permissions = !before.roles().equals(roles) || !Objects.equals(before.unit(), unit);
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("displayName", displayName),
                Updates.set("roles", roles.stream().map(Enum::name).sorted().toList()), Updates.set("unit", unit),
                Updates.set("ssoIdentity", ssoIdentity)));
        if (permissions) {
            updates.add(Updates.inc("version", 1));
        }
        record(before.username(), updates, OfficerAccount.ChangeKind.CHANGED, changes, by);
        if (isAdmin && !wasAdmin) {
            joinRoster(before.username());
        }
        return true;
    }

    /**
     * Enables or disables an account; disabling ends its sessions.
     *
     * @return false when it would disable the last active administrator (nothing is changed)
     */
    public boolean enable(String username, boolean enabled, String by) {
        Document officer = officers.find(eq("_id", username)).first();
        boolean admin = officer != null && roles(officer).contains(OfficerRole.ADMIN);
        if (!enabled && admin && !leaveRoster(username)) {
            return false;
        }
        record(username, List.of(Updates.set("enabled", enabled), Updates.inc("version", 1)),
                enabled ? OfficerAccount.ChangeKind.ENABLED : OfficerAccount.ChangeKind.DISABLED, List.of(), by);
        if (enabled && admin) {
            joinRoster(username);
        }
        return true;
    }

    /**
     * Sets a new password ({@code kind}: reset by an admin, or changed by the officer) and ends the account's other
     * sessions. Only the fact is recorded, never the password.
     */
    public void setPassword(String username, String password, OfficerAccount.ChangeKind kind, String by) {
        record(username, List.of(Updates.set("passwordHash", passwords.encode(password)), Updates.inc("version", 1)),
                kind, List.of(), by);
    }

    /**
     * Ends every session of the account, on every node, at its next request: asked by the officer for their other
     * devices (whose own session then goes on, {@link OfficerSessions#keep}) or by an admin for all of them.
     */
    public void endSessions(String username, String by) {
        record(username, List.of(Updates.inc("version", 1)), OfficerAccount.ChangeKind.SESSIONS_ENDED, List.of(), by);
    }

    /** Whether {@code password} is the account's current one. */
    public boolean passwordMatches(String username, String password) {
        Document officer = officers.find(eq("_id", username)).first();
        return officer != null && passwords.matches(password, officer.getString("passwordHash"));
    }

    /** What a session checks on every request: whether the account is still enabled, and its version. */
    public Optional<SessionState> sessionState(String username) {
        return Optional.ofNullable(officers.find(eq("_id", username)).first())
                .map(officer -> new SessionState(enabled(officer), officer.getInteger("version", 0)));
    }

    /** An enrolment begun: the sealed secret waits for its first code; a second factor already active stays. */
    void beginTotp(String username, String sealedSecret) {
        officers.updateOne(eq("_id", username), Updates.set("totp.pending", sealedSecret));
    }

    /** The enrolment confirmed: the pending secret becomes the account's second factor from the next login on. */
    void confirmTotp(String username, String sealedSecret, long step) {
        record(username, List.of(Updates.set("totp.secret", sealedSecret), Updates.unset("totp.pending"),
                        Updates.set("totp.lastStep", step), Updates.inc("version", 1)),
                OfficerAccount.ChangeKind.TOTP_ENABLED, List.of(), username);
    }

    /** Removes the second factor ({@code kind}: reset by an admin, or turned off by the officer). */
    public void removeTotp(String username, OfficerAccount.ChangeKind kind, String by) {
        record(username, List.of(Updates.unset("totp"), Updates.inc("version", 1)), kind, List.of(), by);
    }

    Optional<String> sealedTotp(String username, boolean pending) {
        Document officer = officers.find(eq("_id", username)).first();
        Document totp = officer == null ? null : officer.get("totp", Document.class);
        return Optional.ofNullable(totp == null ? null : totp.getString(pending ? "pending" : "secret"));
    }

    /**
     * Takes a TOTP time step as used, if no later or equal one was: so a code is good once, even when two nodes see
     * it at the same moment.
     */
    boolean useTotpStep(String username, long step) {
        return officers.updateOne(and(eq("_id", username), or(lt("totp.lastStep", step),
                        Filters.exists("totp.lastStep", false))), Updates.set("totp.lastStep", step))
                .getModifiedCount() == 1;
    }

    private void record(String username, List<Bson> updates, OfficerAccount.ChangeKind kind,
            List<OfficerAccount.FieldChange> changes, String by) {
        List<Bson> all = new ArrayList<>(updates);
        all.add(Updates.pushEach("history",
                List.of(new OfficerAccount.Change(clock.instant(), by, kind, changes).toDocument()),
                new PushOptions().slice(-HISTORY)));
        officers.updateOne(eq("_id", username), Updates.combine(all));
    }

    private static void compare(List<OfficerAccount.FieldChange> changes, String field, String before,
            String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new OfficerAccount.FieldChange(field, before, after));
        }
    }

    private static String roleNames(Collection<OfficerRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static boolean enabled(Document officer) {
        return officer.getBoolean("enabled", true);
    }

    private static Set<OfficerRole> roles(Document officer) {
        return officer.getList("roles", String.class).stream().map(OfficerRole::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static OfficerAccount account(Document officer) {
        Document totp = officer.get("totp", Document.class);
        List<OfficerAccount.Change> history = officer.getList("history", Document.class, List.of()).stream()
                .map(OfficerAccount.Change::of).toList();
        return new OfficerAccount(officer.getString("_id"), officer.getString("displayName"), roles(officer),
                officer.getString("unit"), enabled(officer), officer.getString("ssoIdentity"),
                totp != null && totp.getString("secret") != null, history);
    }

    /** A new account as an admin creates it. */
    public record NewOfficer(String username, String displayName, String password, Set<OfficerRole> roles,
            String unit, String ssoIdentity) {

        @Override
        public String toString() {
            return "NewOfficer[" + username + "]";
        }
    }

    /** @param version raised by every change that ends the account's sessions */
    public record SessionState(boolean enabled, int version) {
    }
}
