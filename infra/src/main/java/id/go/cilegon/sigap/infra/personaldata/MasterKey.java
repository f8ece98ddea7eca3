package id.go.cilegon.sigap.infra.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 key that wraps every data subject's key in {@code personal_data_keys}. Losing it makes all personal
 * data unreadable, so production supplies it ({@code sigap.personal-data.master-key}, base64 of 32 bytes) from a
 * secret store and backs it up; the generated key file is a convenience for a first {@code java -jar} only. The
 * key never appears in logs, messages or {@link #toString()}.
 */
public final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int KEY_BYTES = 32;

    private final SecretKey key;

    private MasterKey(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "The personal-data master key must be " + KEY_BYTES + " bytes, base64-encoded; got " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** @throws IllegalArgumentException if the text is not base64 of 32 bytes (the text itself is not echoed) */
    public static MasterKey fromBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The personal-data master key is not valid base64 of "
                    + KEY_BYTES + " bytes");
        }
    }

    /** The key file of a data directory, for a node given no key ({@link #fromFile}). */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("master.key");
    }

    public static MasterKey generate() {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        return new MasterKey(raw);
    }

    /**
     * Reads the key from {@code file}, or generates it there once (owner read/write only) when the file does not
     * exist yet. Logs a warning either way, because a key lying next to the data it protects is no protection
     * against someone who copies the data directory.
     */
    public static MasterKey fromFile(Path file) {
        log.warn("No sigap.personal-data.master-key (SIGAP_PERSONAL_DATA_MASTER_KEY) is configured; using the key "
                + "file {}. Production must supply the master key from a secret store and back it up.", file);
        try {
            if (Files.notExists(file)) {
                MasterKey generated = generate();
                try {
                    write(file, generated.base64());
                    log.warn("Generated a new personal-data master key in {}", file);
                    return generated;
                } catch (FileAlreadyExistsException raceLost) {
                    log.debug("Another process created {} first; reading it", file);
                }
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-data master key file " + file, e);
        }
    }

    /**
     * The key a change of key (ADR 0036) moves the key file {@code file} to, staged beside it in {@code <file>.next}
     * (owner-only, on disk) before anything is sealed with it, so that a change stopped half-way finds it again:
     * {@code given}, or else the key an earlier run staged, or else a new one.
     *
     * @throws IllegalArgumentException if {@code given} differs from a key an earlier, unfinished change staged
     */
    public static MasterKey staged(Path file, MasterKey given) {
        Path next = sibling(file, ".next");
        try {
            if (Files.exists(next)) {
                MasterKey earlier = read(next);
                if (given != null && !given.sameAs(earlier)) {
                    throw new IllegalArgumentException("a change to another key stopped half-way (" + next + "); run "
                            + "it again without a new key to finish it");
                }
                return earlier;
            }
            MasterKey staged = given != null ? given : generate();
            write(next, staged.base64());
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the new personal-data master key in " + next, e);
        }
    }

    /**
     * Puts the key staged by {@link #staged} into the key file {@code file} in place of this key, which is kept beside
     * it in {@code <file>.previous}: the backups taken before the change open only with it. The staged file takes the
     * key file's place in one move, so a crash leaves one key file or the other, never half of one.
     *
     * @return the file that now holds this key
     */
    public Path promoteStaged(Path file) {
        Path previous = previousOf(file);
        try {
            Files.deleteIfExists(previous);
            write(previous, base64());
            Files.move(sibling(file, ".next"), file, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return previous;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the personal-data master key file " + file, e);
        }
    }

    /** Where a change of key keeps the key it replaced in the key file {@code file}. */
    public static Path previousOf(Path file) {
        return sibling(file, ".previous");
    }

    /**
     * Whether {@link #previousOf} the key file holds the key an earlier change replaced, not {@code current}: a new
     * change would overwrite the key the backups taken before that one need. (It holds {@code current} itself when
     * this change stopped between keeping it and moving the staged key in.)
     */
    public static boolean previousKeptFromAnotherChange(Path file, MasterKey current) {
        Path previous = previousOf(file);
        try {
            return Files.exists(previous)
                    && !read(previous).sameAs(current);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + previous, e);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static MasterKey read(Path file) throws IOException {
        return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
    }

    private static void write(Path file, String base64) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path created;
        try {
            created = Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("{} is not on a POSIX file system; restrict its permissions by hand", file);
            created = Files.createFile(file);
        }
        try (FileChannel channel = FileChannel.open(created, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(base64.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
    }

    SecretKey secretKey() {
        return key;
    }

    /** Whether {@code other} is the same key (compared in constant time). */
    public boolean sameAs(MasterKey other) {
        return MessageDigest.isEqual(key.getEncoded(), other.key.getEncoded());
    }

    /** The key as base64, only for writing it to a key file. */
    private String base64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * An AES-256 key for one use other than wrapping data subjects' keys (an officer's TOTP secret): the HMAC-SHA256
     * of {@code "sigap/" + purpose} under the master key. It is never stored, each purpose gets its own, and it
     * changes with the master key.
     */
    SecretKey derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(("sigap/" + purpose).getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}
