package id.go.cilegon.sigap.command.shared.api.personaldata;

import java.util.Objects;
import java.util.Optional;

/**
 * Personal data of one data subject inside an event. In memory it is a plain value; in the event store it is
 * encrypted with the subject's own key (see {@code docs/adr/0003-personal-data-crypto-shredding.md}). Once the
 * key is deleted the value can no longer be decrypted and reads back as {@linkplain #isErased() erased}, while
 * the event itself still loads.
 *
 * @param subject the data subject, kept in clear so the key can be found
 * @param value   the personal data, or {@code null} when the subject has been erased
 */
public record PersonalData<T>(DataSubjectId subject, T value) {

    public PersonalData {
        Objects.requireNonNull(subject, "subject");
    }

    public static <T> PersonalData<T> of(DataSubjectId subject, T value) {
        return new PersonalData<>(subject, Objects.requireNonNull(value, "value"));
    }

    public static <T> PersonalData<T> erased(DataSubjectId subject) {
        return new PersonalData<>(subject, null);
    }

    public boolean isErased() {
        return value == null;
    }

    public Optional<T> get() {
        return Optional.ofNullable(value);
    }
}
