package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectRequestId;
import id.go.cilegon.sigap.command.personaldata.api.EraseDataSubjects;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase.CaseKind;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.RequestBasis;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the people of a case once the case has been finished and quiet for its kind's retention period
 * ({@code sigap.personal-data.retention.*}, ADR 0018): the case stays, with its people shown as erased. A person
 * who is also on a case still within its period is kept until that one expires too. Each erasure is recorded like
 * an admin's, with basis {@code RETENSI}; its request id comes from the case, so two nodes running at once erase
 * once.
 */
@Component
@EnableConfigurationProperties(RetentionWatch.Retention.class)
class RetentionWatch {

    private static final Logger log = LoggerFactory.getLogger(RetentionWatch.class);

    /** Statuses in which a request is still being worked on, or may still be. */
    private static final Set<InformationRequestStatus> REQUEST_OPEN = EnumSet.of(InformationRequestStatus.DITERIMA,
            InformationRequestStatus.MENUNGGU_KELENGKAPAN, InformationRequestStatus.DIPROSES,
            InformationRequestStatus.DIPERPANJANG, InformationRequestStatus.KEBERATAN_DIAJUKAN,
            InformationRequestStatus.SENGKETA_DIAJUKAN);

    /**
     * How long a finished case keeps its people, counted from its last event; to be set from the Jadwal Retensi
     * Arsip of the city.
     */
    @ConfigurationProperties("sigap.personal-data.retention")
    record Retention(@DefaultValue("P5Y") Period permohonan, @DefaultValue("P5Y") Period pengaduan) {

        Period of(CaseKind kind) {
            return kind == CaseKind.PERMOHONAN ? permohonan : pengaduan;
        }
    }

    private final PersonIndex index;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Retention retention;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    RetentionWatch(PersonIndex index, QueryGateway queries, CommandGateway commands, Retention retention,
            WorkingDayCalendar calendar, Clock clock) {
        this.index = index;
        this.queries = queries;
        this.commands = commands;
        this.retention = retention;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @return how many cases had their people erased */
    @Scheduled(fixedDelayString = "${sigap.personal-data.retention.check-interval:PT6H}",
            initialDelayString = "${sigap.personal-data.retention.check-interval:PT6H}")
    int eraseExpired() {
        Instant now = clock.instant();
        int erased = 0;
        for (CaseKind kind : CaseKind.values()) {
            erased += eraseExpired(index.quietSince(kind, cutoff(kind, now)), now);
        }
        return erased;
    }

    /** Erases the people of those of {@code caseIds} whose retention has passed at {@code now}. */
    int eraseExpired(Collection<String> caseIds, Instant now) {
        int erased = 0;
        for (String caseId : caseIds) {
            List<PersonInCase> people = index.peopleOn(caseId).stream()
                    .filter(person -> everyCaseExpired(person, now)).toList();
            if (people.isEmpty() || !expired(people.get(0).kind(), caseId, now)) {
                continue;
            }
            try {
                commands.sendAndWait(new EraseDataSubjects(new DataSubjectRequestId(UUID.nameUUIDFromBytes(
                                ("retensi:" + caseId).getBytes(StandardCharsets.UTF_8)).toString()), people,
                        RequestBasis.RETENSI, "Retensi " + retention.of(people.get(0).kind()), null, null));
                erased++;
            } catch (RuleViolation alreadyErased) {
                log.debug("The people of case {} were erased already", caseId);
            } catch (RuntimeException e) {
                log.warn("Could not erase the people of case {} at the end of its retention; the next run retries",
                        caseId, e);
            }
        }
        return erased;
    }

    private boolean everyCaseExpired(PersonInCase person, Instant now) {
        return index.casesOf(person.subject()).stream().allMatch(caseId -> caseId.equals(person.caseId())
                || index.peopleOn(caseId).stream().findFirst()
                        .map(other -> expired(other.kind(), caseId, now)).orElse(true));
    }

    private boolean expired(CaseKind kind, String caseId, Instant now) {
        Optional<Instant> last = index.lastActivity(caseId);
        return last.isPresent() && last.get().isBefore(cutoff(kind, now)) && finished(kind, caseId);
    }

    private Instant cutoff(CaseKind kind, Instant now) {
        return now.atZone(calendar.zone()).minus(retention.of(kind)).toInstant();
    }

    private boolean finished(CaseKind kind, String caseId) {
        if (kind == CaseKind.PENGADUAN) {
            return queries.query(new FindComplaint(ComplaintId.of(caseId)),
                    ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join()
                    .map(file -> file.status().isFinal()).orElse(false);
        }
        return queries.query(new FindCaseFile(InformationRequestId.of(caseId)),
                ResponseTypes.optionalInstanceOf(CaseFile.class)).join()
                .map(file -> !REQUEST_OPEN.contains(file.status()) && !file.deliveryOwed()).orElse(false);
    }
}
