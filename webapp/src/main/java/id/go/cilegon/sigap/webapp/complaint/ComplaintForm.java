package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.Location;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Optional;

/**
 * The complaint form, shared by the citizen's page, the desk's page and the JSON API so all refuse exactly the same
 * input. Every field is text: a choice that is not one of ours is a validation error naming the field. Whether the
 * kelurahan lies in the kecamatan is checked against {@link Wilayah} where the form is received.
 *
 * @param anonim  "true" files without any identity: nothing of the identity fields is kept
 * @param rahasia "true" hides the identity from everyone but the handling officers and the content from the public
 * @param lintang latitude of a point on the map, optional (both or neither)
 */
@ComplaintForm.IdentityGiven
@ComplaintForm.PointNearCilegon
public record ComplaintForm(
        @NotBlank @Size(max = 150) String judul,
        @NotBlank @Size(max = 4000) String uraian,
        @NotBlank @Pattern(regexp = CATEGORIES) String kategori,
        @NotBlank @Size(max = 60) String kecamatan,
        @NotBlank @Size(max = 60) String kelurahan,
        @Pattern(regexp = "|-?\\d{1,2}(\\.\\d{1,8})?") String lintang,
        @Pattern(regexp = "|\\d{2,3}(\\.\\d{1,8})?") String bujur,
        @Pattern(regexp = "|true|false|on") String anonim,
        @Pattern(regexp = "|true|false|on") String rahasia,
        @Size(max = 120) String nama,
        @Pattern(regexp = "|\\d{16}") String nik,
        @Size(max = 20) @Pattern(regexp = "|\\+?[0-9][0-9 -]{6,18}") String telepon,
        @Size(max = 254) @Email String email,
        @Size(max = 300) String alamat) {

    static final String CATEGORIES = "INFRASTRUKTUR|KEBERSIHAN_LINGKUNGAN|ADMINISTRASI_KEPENDUDUKAN_PERIZINAN"
            + "|KESEHATAN|PENDIDIKAN|PERHUBUNGAN|KETERTIBAN_UMUM|SOSIAL|APARATUR|LAINNYA";

    static ComplaintForm empty() {
        return new ComplaintForm("", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    public boolean anonymous() {
        return isTrue(anonim);
    }

    public boolean confidential() {
        return isTrue(rahasia);
    }

    ComplaintCategory category() {
        return ComplaintCategory.valueOf(kategori);
    }

    /** The category a form or query value names exactly, if it names one. */
    static Optional<ComplaintCategory> category(String name) {
        return Arrays.stream(ComplaintCategory.values()).filter(value -> value.name().equals(name)).findFirst();
    }

    Location location() {
        boolean point = hasText(lintang) && hasText(bujur);
        return new Location(kecamatan.strip(), kelurahan.strip(), point ? Double.valueOf(lintang.strip()) : null,
                point ? Double.valueOf(bujur.strip()) : null);
    }

    /** The complainant, or {@code null} for an anonymous complaint, whatever the identity fields hold. */
    Complainant complainant() {
        return anonymous() ? null : new Complainant(nama.strip(), blankToNull(nik), blankToNull(telepon),
                blankToNull(email), blankToNull(alamat));
    }

    private static boolean isTrue(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return hasText(value) ? value.strip() : null;
    }

    /**
     * A complaint with a name has a way back to the complainant: a phone/WhatsApp number or an e-mail address.
     * Anonymous complaints need neither; their complainant follows the case with the tracking code.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = IdentityGiven.Validator.class)
    @interface IdentityGiven {

        String message() default "{ComplaintForm.IdentityGiven}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<IdentityGiven, ComplaintForm> {

            @Override
            public boolean isValid(ComplaintForm form, ConstraintValidatorContext context) {
                if (form.anonymous()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (!hasText(form.nama())) {
                    context.buildConstraintViolationWithTemplate("{NotBlank}").addPropertyNode("nama")
                            .addConstraintViolation();
                    valid = false;
                }
                if (!hasText(form.telepon()) && !hasText(form.email())) {
                    context.buildConstraintViolationWithTemplate("{ContactGiven}").addPropertyNode("telepon")
                            .addConstraintViolation();
                    valid = false;
                }
                return valid;
            }
        }
    }

    /**
     * A map point is both coordinates or neither, and lies in or near Kota Cilegon (latitude -7.0 to -5.5,
     * longitude 105.5 to 106.5): a point in another province is a typo, not a complaint about Cilegon. Text that is
     * not a number is left to the fields' own patterns.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PointNearCilegon.Validator.class)
    @interface PointNearCilegon {

        String message() default "{ComplaintForm.PointNearCilegon}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<PointNearCilegon, ComplaintForm> {

            @Override
            public boolean isValid(ComplaintForm form, ConstraintValidatorContext context) {
                boolean latitude = hasText(form.lintang());
                boolean longitude = hasText(form.bujur());
                if (!latitude && !longitude) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                if (!latitude || !longitude) {
                    context.buildConstraintViolationWithTemplate("{PointNearCilegon}")
                            .addPropertyNode(latitude ? "bujur" : "lintang").addConstraintViolation();
                    return false;
                }
                boolean valid = within(form.lintang(), -7.0, -5.5, "lintang", context)
                        & within(form.bujur(), 105.5, 106.5, "bujur", context);
                return valid;
            }

            private static boolean within(String value, double min, double max, String field,
                    ConstraintValidatorContext context) {
                try {
                    double number = Double.parseDouble(value.strip());
                    if (number >= min && number <= max) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    return true;
                }
                context.buildConstraintViolationWithTemplate("{PointNearCilegon}").addPropertyNode(field)
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
