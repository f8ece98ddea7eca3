package id.go.cilegon.sigap.webapp.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.MasterKeyChange;
import id.go.cilegon.sigap.infra.personaldata.PersonalDataCryptoException;
import id.go.cilegon.sigap.infra.personaldata.Resealing;
import id.go.cilegon.sigap.infra.personaldata.SecretSealer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The officers' optional second factor: TOTP (RFC 6238; HMAC-SHA1, 6 digits, 30-second steps, what every
 * authenticator app reads from a QR code). The secret is 160 random bits, sealed under a key derived from the
 * personal-data master key before it is stored (ADR 0021), and shown only while it is being enrolled. A code is
 * accepted for the current step and one step either side (clock drift), and each step only once.
 */
@Component
public class OfficerTotp {

    static final Pattern CODE = Pattern.compile("\\d{6}");
    /** What the sealed secrets are for: their key is derived from the master key for it ({@link SecretSealer}). */
    private static final String PURPOSE = "officer-totp";
    /** Where an officer's account keeps the sealed secret, and the one being enrolled. */
    private static final List<String> SEALED_FIELDS = List.of("secret", "pending");
    private static final int SECRET_BYTES = 20;
    private static final int QR_SIZE = 240;

    private final OfficerAccounts accounts;
    private final SecretSealer sealer;
    private final Clock clock;
    private final String issuer;
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();

    OfficerTotp(OfficerAccounts accounts, MasterKey personalDataMasterKey, Clock clock,
            @Value("${sigap.security.totp.issuer:Sigap Kota Cilegon}") String issuer) {
        this.accounts = accounts;
        this.sealer = new SecretSealer(personalDataMasterKey, PURPOSE);
        this.clock = clock;
        this.issuer = issuer;
    }

    /**
     * Every officer's sealed TOTP secret (and the one being enrolled) sealed under the next master key of
     * {@code change}, except those that already are (ADR 0036). Reads them all before anything is written.
     *
     * @throws PersonalDataCryptoException naming the officers whose secret opens with neither master key
     */
    public static List<Resealing> resealed(MongoDatabase database, MasterKeyChange change) {
        Resealing.Plan plan = new Resealing.Plan(OfficerAccounts.COLLECTION);
        database.getCollection(OfficerAccounts.COLLECTION).find(Filters.exists("totp"))
                .projection(Projections.include("totp")).forEach(officer -> {
                    String username = officer.getString("_id");
                    Document totp = officer.get("totp", Document.class);
                    for (String field : SEALED_FIELDS) {
                        String sealed = totp.getString(field);
                        if (sealed != null) {
                            plan.add(username, "totp." + field, sealed,
                                    value -> change.resealedSecret(PURPOSE, username, value));
                        }
                    }
                });
        return plan.resealings("officers' TOTP secrets");
    }

    /** Begins an enrolment with a new secret; the second factor becomes active only when a first code confirms it. */
    public Enrolment begin(String username) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        accounts.beginTotp(username, sealer.seal(username, secret));
        return enrolment(username, secret);
    }

    /** The enrolment waiting for its first code, shown again (after a wrong code, or on coming back to the page). */
    public Optional<Enrolment> pending(String username) {
        return accounts.sealedTotp(username, true).map(sealed -> enrolment(username, sealer.open(username, sealed)));
    }

    /** Confirms the pending enrolment with its first code; false if the code is wrong or nothing is pending. */
    public boolean confirm(String username, String code) {
        Optional<String> sealed = accounts.sealedTotp(username, true);
        if (sealed.isEmpty()) {
            return false;
        }
        OptionalLong step = matchingStep(sealer.open(username, sealed.get()), code);
        step.ifPresent(used -> accounts.confirmTotp(username, sealed.get(), used));
        return step.isPresent();
    }

    public boolean active(String username) {
        return accounts.sealedTotp(username, false).isPresent();
    }

    /** Whether {@code code} is the officer's current code, not used before; a good code is used up. */
    public boolean verify(String username, String code) {
        return accounts.sealedTotp(username, false)
                .map(sealed -> matchingStep(sealer.open(username, sealed), code))
                .filter(OptionalLong::isPresent)
                .map(step -> accounts.useTotpStep(username, step.getAsLong()))
                .orElse(false);
    }

    /** The time step (of now and one either side) whose code is {@code code}, if any. */
    private OptionalLong matchingStep(byte[] secret, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long stepSeconds = generator.getTimeStep().toSeconds();
        long now = clock.instant().getEpochSecond() / stepSeconds;
        SecretKeySpec key = new SecretKeySpec(secret, generator.getAlgorithm());
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(code(key, step, stepSeconds).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String code(SecretKeySpec key, long step, long stepSeconds) {
        try {
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * stepSeconds),
                    Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is not a usable HMAC key", e);
        }
    }

    private Enrolment enrolment(String username, byte[] secret) {
        String text = new Base32().encodeAsString(secret).replace("=", "");
        String uri = "otpauth://totp/" + UriUtils.encodePathSegment(issuer + ":" + username, "UTF-8")
                + "?secret=" + text + "&issuer=" + UriUtils.encodeQueryParam(issuer, "UTF-8")
                + "&algorithm=SHA1&digits=6&period=" + generator.getTimeStep().toSeconds();
        return new Enrolment(text, qrCode(uri));
    }

    private static String qrCode(String uri) {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, QR_SIZE,
                    QR_SIZE, Map.of(EncodeHintType.MARGIN, 2)), "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("The enrolment address does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A secret being enrolled, for the officer's eyes only.
     *
     * @param secret the secret in base32, as authenticator apps take it typed in
     * @param qrCode the QR code of the {@code otpauth://} address, as a PNG {@code data:} address
     */
    public record Enrolment(String secret, String qrCode) {

        /** The secret in groups of four letters, easier to type. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }

        @Override
        public String toString() {
            return "Enrolment[redacted]";
        }
    }
}
