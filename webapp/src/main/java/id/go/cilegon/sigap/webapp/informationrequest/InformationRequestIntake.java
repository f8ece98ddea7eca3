package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a validated form into a registered request; the page, the JSON API and the WhatsApp bridge all come through
 * here.
 */
@Component
public class InformationRequestIntake {

    private final Messaging messaging;
    private final Clock clock;

    InformationRequestIntake(Messaging messaging, Clock clock) {
        this.messaging = messaging;
        this.clock = clock;
    }

    /** A request the citizen files themselves, received the moment it arrives. */
    Mono<Receipt> register(InformationRequestForm form, Channel channel) {
        return register(form, channel, clock.instant(), null);
    }

    /**
     * A request an officer enters: received when the agency actually got it, perhaps through a proxy. The proxy
     * is a data subject of their own, so either person can be erased without the other.
     */
    Mono<Receipt> register(InformationRequestForm form, Channel channel, Instant receivedAt, Proxy proxy) {
        return register(InformationRequestId.newId(), form, channel, receivedAt, proxy);
    }

    /**
     * A request whose id the caller chose: the WhatsApp bridge derives it from the message that confirmed the form,
     * so handling that message twice cannot register two requests.
     */
    public Mono<Receipt> register(InformationRequestId id, InformationRequestForm form, Channel channel,
            Instant receivedAt, Proxy proxy) {
        TrackingCode code = TrackingCode.generate();
        RegisterInformationRequest command = new RegisterInformationRequest(
                id,
                channel,
                receivedAt,
                PersonalData.of(DataSubjectId.newId(), form.requester()),
                form.informasiDiminta().strip(),
                form.tujuanPenggunaan().strip(),
                form.obtainMethod(),
                form.deliveryMethod(),
                code.hash(),
                proxy == null ? null : PersonalData.of(DataSubjectId.newId(), proxy));
        return messaging.<RegistrationNumber>send(command).map(number -> new Receipt(number, code));
    }

    /** What the citizen takes away: the statutory number and the secret code that opens the status page. */
    public record Receipt(RegistrationNumber registrationNumber, TrackingCode trackingCode) {
    }
}
