package id.go.cilegon.sigap.webapp.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * An officer's account as the administrator manages it.
 *
 * @param unit        the code of the OPD a PPID Pelaksana works for; {@code null} for every other role
 * @param ssoIdentity the officer's identity at the city's OIDC provider (the claim Sigap is configured to read),
 *                    {@code null} when they log in with a password only
 * @param totpActive  whether a login asks for a TOTP code after the first factor
 * @param history     every change to the account, oldest first
 */
public record OfficerAccount(String username, String displayName, Set<OfficerRole> roles, String unit,
        boolean enabled, String ssoIdentity, boolean totpActive, List<Change> history) {

    public OfficerAccount {
        roles = Set.copyOf(roles);
        history = List.copyOf(history);
    }

    /** The roles' names in the enum's order, for the pages. */
    public List<String> roleNames() {
        return Arrays.stream(OfficerRole.values()).filter(roles::contains).map(Enum::name).toList();
    }

    public boolean has(OfficerRole role) {
        return roles.contains(role);
    }

    /** The history, newest first, as the admin reads it. */
    public List<Change> latestFirst() {
        List<Change> latestFirst = new ArrayList<>(history);
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** What was done to an account. */
    public enum ChangeKind {
        CREATED, CHANGED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, TOTP_ENABLED, TOTP_RESET, TOTP_TURNED_OFF,
        SESSIONS_ENDED
    }

    /** One field of a change, before and after ({@code null}: none); never a password. */
    public record FieldChange(String field, String before, String after) {
    }

    /** One change: when, by whom (a user name), what, and which fields it touched. */
    public record Change(Instant at, String by, ChangeKind kind, List<FieldChange> fields) {

        public Change {
            fields = List.copyOf(fields);
        }

        Document toDocument() {
            return new Document("at", Date.from(at)).append("by", by).append("kind", kind.name())
                    .append("fields", fields.stream().map(field -> new Document("field", field.field())
                            .append("before", field.before()).append("after", field.after())).toList());
        }

        static Change of(Document document) {
            return new Change(document.getDate("at").toInstant(), document.getString("by"),
                    ChangeKind.valueOf(document.getString("kind")),
                    document.getList("fields", Document.class, List.of()).stream()
                            .map(field -> new FieldChange(field.getString("field"), field.getString("before"),
                                    field.getString("after"))).toList());
        }
    }
}
