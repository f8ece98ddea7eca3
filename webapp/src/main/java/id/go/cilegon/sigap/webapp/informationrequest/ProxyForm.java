package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;

/**
 * The <i>kuasa</i> on an officer-entered request (Perki form: "surat kuasa khusus apabila dikuasakan"). Optional:
 * when every field is blank the requester filed in person; once any is filled, the proxy must be identified
 * completely, as {@link Proxy} describes.
 *
 * @param suratKuasa the power of attorney the officer saw, by number and date
 */
@ProxyForm.Complete
public record ProxyForm(
        @Size(max = 120) String nama,
        @Pattern(regexp = "|" + InformationRequestForm.NIK_PATTERN) String nik,
        @Size(max = 300) String alamat,
        @Size(max = 20) @Pattern(regexp = "|\\+?[0-9][0-9 -]{6,18}") String telepon,
        @Size(max = 254) @Email String email,
        @Size(max = 200) String suratKuasa) {

    static ProxyForm empty() {
        return new ProxyForm("", "", "", "", "", "");
    }

    boolean given() {
        return Stream.of(nama, nik, alamat, telepon, email, suratKuasa).anyMatch(ProxyForm::hasText);
    }

    Proxy proxy() {
        return new Proxy(nama.strip(), nik.strip(), alamat.strip(), blankToNull(telepon), blankToNull(email),
                suratKuasa.strip());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return hasText(value) ? value.strip() : null;
    }

    /** A proxy named at all is named in full: name, NIK, address, power of attorney, and a phone or e-mail. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Complete.Validator.class)
    @interface Complete {

        String message() default "{ProxyForm.Complete}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Complete, ProxyForm> {

            @Override
            public boolean isValid(ProxyForm proxy, ConstraintValidatorContext context) {
                if (!proxy.given()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = require(proxy.nama(), "nama", context);
                valid &= require(proxy.nik(), "nik", context);
                valid &= require(proxy.alamat(), "alamat", context);
                valid &= require(hasText(proxy.telepon()) ? proxy.telepon() : proxy.email(), "telepon", context);
                valid &= require(proxy.suratKuasa(), "suratKuasa", context);
                return valid;
            }

            private static boolean require(String value, String field, ConstraintValidatorContext context) {
                if (hasText(value)) {
                    return true;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}
