package id.go.cilegon.sigap.webapp.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What an officer's authenticator app shows, computed from the secret Sigap gave it. */
public final class TotpCodes {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    private TotpCodes() {
    }

    /**
     * The code of the time step {@code stepsAhead} steps after the current one (0: now). Sigap accepts one step either
     * side and each step once, so a test that needs a second fresh code takes the next step's.
     */
    public static String code(String base32Secret, Clock clock, int stepsAhead) {
        long seconds = TOTP.getTimeStep().toSeconds();
        long step = clock.instant().getEpochSecond() / seconds + stepsAhead;
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(
                    new Base32().decode(base32Secret.replace(" ", "")), TOTP.getAlgorithm()),
                    Instant.ofEpochSecond(step * seconds), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
