package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.webapp.shared.NotInFuture;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A request an officer enters for a citizen who came in person, wrote a letter, sent an e-mail or phoned: the
 * citizen's own form ({@link InformationRequestForm}, with all its rules) plus what only the desk knows. Used by
 * the officer's page and the officer's JSON API alike.
 *
 * @param saluran     how the request reached the agency; the web form and WhatsApp have their own doors
 * @param diterimaPada when the agency actually received it, on the office's wall clock (WIB), as
 *                    {@code 2026-03-16T09:30}; a letter received last week counts from last week
 * @param kuasa       the proxy, when the requester filed through one; all blank means none
 */
public record OfficerIntakeForm(
        @NotNull @Valid InformationRequestForm permohonan,
        @NotBlank @Pattern(regexp = "DATANG_LANGSUNG|SURAT|EMAIL|TELEPON") String saluran,
        @NotBlank @Pattern(regexp = "|" + NotInFuture.LOCAL_DATE_TIME) @NotInFuture String diterimaPada,
        @Valid ProxyForm kuasa) {

    static OfficerIntakeForm empty() {
        return new OfficerIntakeForm(InformationRequestForm.empty(), Channel.DATANG_LANGSUNG.name(), "",
                ProxyForm.empty());
    }

    /** The form as sent, its missing parts blank, to show again with its errors. */
    OfficerIntakeForm withBlankParts() {
        return new OfficerIntakeForm(permohonan == null ? InformationRequestForm.empty() : permohonan, saluran,
                diterimaPada, kuasa == null ? ProxyForm.empty() : kuasa);
    }

    Channel channel() {
        return Channel.valueOf(saluran);
    }

    Instant receivedAt(ZoneId office) {
        return LocalDateTime.parse(diterimaPada.strip()).atZone(office).toInstant();
    }

    /** The proxy, or {@code null} when the requester filed in person. */
    Proxy proxy() {
        return kuasa == null || !kuasa.given() ? null : kuasa.proxy();
    }
}
