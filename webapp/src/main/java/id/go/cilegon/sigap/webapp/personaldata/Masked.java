package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;

/**
 * NIK, phone and e-mail as officers see them by default: enough to tell people apart and to recognise a number
 * the citizen reads out, not enough to copy (issue 8; UU 27/2022 Pasal 16 data minimisation). The whole value is
 * shown only on a reveal with a recorded reason ({@link AccessLog}).
 */
public final class Masked {

    private static final String HIDDEN = "•";

    private Masked() {
    }

    /** {@code 3672011234560001} → {@code 3672••••••••0001}: the region code and the last four. */
    public static String nik(String nik) {
        return keep(nik, 4, 4);
    }

    /** {@code +6281234567890} → {@code +62812•••••890}. */
    public static String phone(String phone) {
        return keep(phone, 5, 3);
    }

    /** {@code dewi.lestari@example.com} → {@code d•••@example.com}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? keep(email, 1, 0) : email.charAt(0) + HIDDEN.repeat(3) + email.substring(at);
    }

    public static Requester requester(Requester requester) {
        return requester == null ? null : new Requester(requester.name(), requester.identityKind(),
                requester.identityKind() == Requester.IdentityKind.NIK ? nik(requester.identityNumber())
                        : requester.identityNumber(),
                requester.address(), phone(requester.phone()), email(requester.email()), requester.occupation());
    }

    public static Proxy proxy(Proxy proxy) {
        return proxy == null ? null : new Proxy(proxy.name(), nik(proxy.nik()), proxy.address(), phone(proxy.phone()),
                email(proxy.email()), proxy.powerOfAttorney());
    }

    public static Complainant complainant(Complainant complainant) {
        return complainant == null ? null : new Complainant(complainant.name(), nik(complainant.nik()),
                phone(complainant.phone()), email(complainant.email()), complainant.address());
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() <= head + tail) {
            return HIDDEN.repeat(trimmed.length());
        }
        return trimmed.substring(0, head) + HIDDEN.repeat(trimmed.length() - head - tail)
                + trimmed.substring(trimmed.length() - tail);
    }
}
