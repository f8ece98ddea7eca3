package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase.CaseKind;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.infra.personaldata.BlindIndex;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintTimeline;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseTimeline;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.query.informationrequest.notice.api.FindNoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Finds a person for a data subject's request, and gathers everything Sigap holds about them: the data in their
 * cases' read models, the cases' histories, what other features hold ({@link HeldElsewhere}) and every recorded
 * read of it ({@link AccessLog}).
 */
@Component
public class DataSubjects {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z]{2,10}(/[A-Z0-9]{1,10}){1,3}/\\d{1,10}");
    private static final Pattern DIGITS = Pattern.compile("[+\\d][\\d .-]{6,24}");

    private final PersonIndex index;
    private final BlindIndex blindIndex;
    private final Messaging messaging;
    private final AccessLog accessLog;
    private final List<HeldElsewhere> elsewhere;
    private final Clock clock;

    DataSubjects(PersonIndex index, BlindIndex blindIndex, Messaging messaging, AccessLog accessLog,
            List<HeldElsewhere> elsewhere, Clock clock) {
        this.clock = clock;
        this.index = index;
        this.blindIndex = blindIndex;
        this.messaging = messaging;
        this.accessLog = accessLog;
        this.elsewhere = elsewhere;
    }

    /**
     * One person as the admin sees them before acting: where their data sits, and who they are (NIK and phone
     * masked), read from the first case that still holds it.
     */
    public record Found(DataSubjectId subject, List<PersonInCase> places, String name, String identity,
            String phone) {

        public String subjectId() {
            return subject.value();
        }
    }

    /**
     * The people a registration number, a NIK, a phone number or an e-mail address leads to. A number finds
     * everyone on that case; the others find the person on every case where they gave it.
     */
    public Mono<List<Found>> search(String query) {
        String value = query == null ? "" : query.strip();
        if (value.isEmpty()) {
            return Mono.just(List.of());
        }
        return Mono.fromCallable(() -> places(value)).subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(places -> Flux.fromIterable(bySubject(places).entrySet()))
                .concatMap(entry -> who(entry.getKey(), entry.getValue()))
                .collectList();
    }

    /** The places of the chosen subjects among those the query finds: an admin acts only on what the search showed. */
    public Mono<List<PersonInCase>> chosen(String query, List<String> subjects) {
        return Mono.fromCallable(() -> places(query == null ? "" : query.strip()).stream()
                .filter(place -> subjects.contains(place.subject().value())).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Everything Sigap holds about these people, as the export file's content. */
    public Mono<Map<String, Object>> export(List<PersonInCase> people, Map<String, Object> request) {
        List<String> caseIds = people.stream().map(PersonInCase::caseId).distinct().toList();
        return Flux.fromIterable(caseIds).concatMap(caseId -> caseSection(caseId, people)).collectList()
                .flatMap(cases -> Mono.fromCallable(() -> {
                    Map<String, Object> file = new LinkedHashMap<>();
                    file.put("dibuat", clock.instant().toString());
                    file.put("permintaan", request);
                    file.put("subjek", people.stream().map(place -> place.subject().value()).distinct().toList());
                    file.put("kasus", cases);
                    for (HeldElsewhere holder : elsewhere) {
                        file.put(holder.section(), holder.heldAbout(caseIds));
                    }
                    file.put("aksesData", accessLog.ofCases(caseIds));
                    return file;
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    /** Every person on the case, for the retention rule. */
    List<PersonInCase> peopleOn(String caseId) {
        return index.peopleOn(caseId);
    }

    private List<PersonInCase> places(String value) {
        if (CASE_NUMBER.matcher(value.toUpperCase()).matches()) {
            return index.find(value.toUpperCase(), List.of());
        }
        List<String> keys = new ArrayList<>();
        if (value.contains("@")) {
            keys.add(blindIndex.of(BlindIndex.Kind.SUREL, value));
        } else if (DIGITS.matcher(value).matches()) {
            keys.add(blindIndex.of(BlindIndex.Kind.NIK, value));
            keys.add(blindIndex.of(BlindIndex.Kind.TELEPON, value));
        }
        keys.removeIf(Objects::isNull);
        return keys.isEmpty() ? List.of() : index.find(null, keys);
    }

    private static Map<DataSubjectId, List<PersonInCase>> bySubject(List<PersonInCase> places) {
        Map<DataSubjectId, List<PersonInCase>> grouped = new LinkedHashMap<>();
        places.forEach(place -> grouped.computeIfAbsent(place.subject(), subject -> new ArrayList<>()).add(place));
        return grouped;
    }

    private Mono<Found> who(DataSubjectId subject, List<PersonInCase> places) {
        return Flux.fromIterable(places).concatMap(place -> person(place).flux()).next()
                .map(person -> new Found(subject, List.copyOf(places), person.name, person.identity, person.phone))
                .defaultIfEmpty(new Found(subject, List.copyOf(places), null, null, null));
    }

    private record Person(String name, String identity, String phone) {
    }

    private Mono<Person> person(PersonInCase place) {
        return switch (place.role()) {
            case PEMOHON -> caseFile(place.caseId()).flatMap(file -> Mono.justOrEmpty(file.requester()))
                    .map(requester -> new Person(requester.name(), Masked.requester(requester).identityNumber(),
                            Masked.phone(requester.phone())));
            case KUASA -> caseFile(place.caseId()).flatMap(file -> Mono.justOrEmpty(file.proxy()))
                    .map(proxy -> new Person(proxy.name(), Masked.nik(proxy.nik()), Masked.phone(proxy.phone())));
            case PENERIMA -> notice(place.caseId()).flatMap(notice -> Mono.justOrEmpty(notice.delivery()))
                    .flatMap(delivery -> Mono.justOrEmpty(delivery.recipientName()))
                    .map(name -> new Person(name, null, null));
            case PENGADU -> complaint(place.caseId()).flatMap(file -> Mono.justOrEmpty(file.complainant()))
                    .map(complainant -> new Person(complainant.name(), Masked.nik(complainant.nik()),
                            Masked.phone(complainant.phone())));
        };
    }

    /** One case in the export: its number, the people's data as held, and its history. */
    private Mono<Map<String, Object>> caseSection(String caseId, List<PersonInCase> people) {
        List<PersonInCase> here = people.stream().filter(place -> place.caseId().equals(caseId)).toList();
        PersonInCase first = here.get(0);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("jenis", first.kind().name());
        section.put("nomor", first.caseNumber());
        section.put("peran", here.stream().map(place -> Map.of("subjek", place.subject().value(),
                "peran", place.role().name())).toList());
        if (first.kind() == CaseKind.PENGADUAN) {
            return complaint(caseId).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(file -> {
                file.ifPresent(found -> {
                    section.put("pengadu", found.complainant());
                    section.put("berkas", found);
                });
                return messaging.query(new FindComplaintTimeline(ComplaintId.of(caseId), false),
                        ResponseTypes.multipleInstancesOf(
                                id.go.cilegon.sigap.query.complaint.api.TimelineEntry.class));
            }).map(timeline -> {
                section.put("riwayat", timeline);
                return section;
            });
        }
        return Mono.zip(caseFile(caseId).map(Optional::of).defaultIfEmpty(Optional.empty()),
                notice(caseId).map(Optional::of).defaultIfEmpty(Optional.empty())).flatMap(found -> {
                    found.getT1().ifPresent(file -> {
                        Requester requester = roleHere(here, PersonInCase.Role.PEMOHON) ? file.requester() : null;
                        Proxy proxy = roleHere(here, PersonInCase.Role.KUASA) ? file.proxy() : null;
                        section.put("pemohon", requester);
                        section.put("kuasa", proxy);
                        section.put("berkas", file.withPeople(requester, proxy));
                    });
                    found.getT2().filter(notice -> roleHere(here, PersonInCase.Role.PENERIMA))
                            .map(NoticeDocument::delivery)
                            .ifPresent(delivery -> section.put("penerima", Map.of(
                                    "nama", String.valueOf(delivery.recipientName()),
                                    "hubungan", String.valueOf(delivery.recipientRelationship()))));
                    return messaging.query(new FindCaseTimeline(InformationRequestId.of(caseId), false),
                            ResponseTypes.multipleInstancesOf(TimelineEntry.class));
                }).map(timeline -> {
                    section.put("riwayat", timeline);
                    return section;
                });
    }

    private static boolean roleHere(List<PersonInCase> here, PersonInCase.Role role) {
        return here.stream().anyMatch(place -> place.role() == role);
    }

    private Mono<CaseFile> caseFile(String caseId) {
        return messaging.query(new FindCaseFile(InformationRequestId.of(caseId)),
                ResponseTypes.optionalInstanceOf(CaseFile.class)).flatMap(Mono::justOrEmpty);
    }

    private Mono<ComplaintFile> complaint(String caseId) {
        return messaging.query(new FindComplaint(ComplaintId.of(caseId)),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)).flatMap(Mono::justOrEmpty);
    }

    private Mono<NoticeDocument> notice(String caseId) {
        return messaging.query(new FindNoticeDocument(InformationRequestId.of(caseId)),
                ResponseTypes.optionalInstanceOf(NoticeDocument.class)).flatMap(Mono::justOrEmpty);
    }
}
