package id.go.cilegon.sigap.bench.store;

import id.go.cilegon.sigap.bench.Corpus;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.ProgressRecorded;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerificationDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The lives of cases as the real aggregates record them: the same event records, with the fields their command
 * handlers fill (deadlines counted by Sigap's {@link WorkingDayCalendar}, personal data sealed per person, tracking
 * codes stored as their SHA-256), stamped at the times they happened. Six cases in ten are information requests,
 * four complaints, as in the HTTP mix.
 *
 * <p>A closed request was mostly granted, handed over and closed (some forwarded to a unit first), else refused on a
 * Pasal 17 ground, withdrawn, or refused and taken to the Atasan PPID. A closed complaint was mostly verified, sent
 * to a unit, accepted, answered and closed on the citizen's verdict (or without one), else rejected. An open case is
 * recent and still within its deadline — received, forwarded, noticed and waiting for the hand-over; verified and at
 * a unit; answered and waiting for the verdict — or one in ten overdue, its missed deadline already on record (as the
 * deadline watch writes it), so starting Sigap on the store does not set off a burst of deadline commands.
 */
final class CaseStories {

    static final String REQUEST_TYPE = "InformationRequest";
    static final String COMPLAINT_TYPE = "Complaint";

    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final OfficerId PETUGAS = OfficerId.of("petugas");
    private static final OfficerId DEWI = OfficerId.of("dewi");
    private static final OfficerId ATASAN = OfficerId.of("atasan");
    private static final Map<ComplaintCategory, String> UNIT_OF = Map.of(
            ComplaintCategory.INFRASTRUKTUR, "DPUTR",
            ComplaintCategory.KEBERSIHAN_LINGKUNGAN, "DLH",
            ComplaintCategory.ADMINISTRASI_KEPENDUDUKAN_PERIZINAN, "DISDUKCAPIL",
            ComplaintCategory.KESEHATAN, "DINKES",
            ComplaintCategory.PENDIDIKAN, "DINDIKBUD",
            ComplaintCategory.PERHUBUNGAN, "DISHUB",
            ComplaintCategory.KETERTIBAN_UMUM, "SATPOLPP",
            ComplaintCategory.SOSIAL, "DINSOS",
            ComplaintCategory.APARATUR, "BKPSDM",
            ComplaintCategory.LAINNYA, "SETDA");

    private final Corpus corpus;
    private final WorkingDayCalendar calendar;
    private final Instant now;
    private final Instant firstReceipt;
    private final Numbers numbers;

    /**
     * @param firstReceipt when the oldest closed case arrived; closed cases are spread from then to a month ago
     * @param numbers      register numbers, per register and year
     */
    CaseStories(Corpus corpus, WorkingDayCalendar calendar, Instant now, Instant firstReceipt, Numbers numbers) {
        this.corpus = corpus;
        this.calendar = calendar;
        this.now = now;
        this.firstReceipt = firstReceipt;
        this.numbers = numbers;
    }

    /** Hands out register numbers: {@code next(register, year)}. */
    interface Numbers {
        long next(String register, int year);
    }

    /** One case's events in order, with its tracking code. */
    record Story(String trackingCode, boolean request, List<DomainEventMessage<?>> events) {
    }

    /**
     * Case {@code index} of {@code closedCases} closed ones (received in index order over the period), or an open one
     * when {@code open}.
     */
    Story story(Random random, long index, long closedCases, boolean open) {
        Instant received = open ? null : closedReceipt(random, index, closedCases);
        return random.nextInt(10) < 6 ? request(random, received) : complaint(random, received);
    }

    // ------------------------------------------------------------------------------------ information requests

    private Story request(Random random, Instant closedReceipt) {
        InformationRequestId id = InformationRequestId.newId();
        Events events = new Events(REQUEST_TYPE, id.value());
        int kind = random.nextInt(100);
        boolean overdue = closedReceipt == null && kind < 10;
        Instant received = closedReceipt != null ? closedReceipt
                : overdue ? officeTime(now.minus(Duration.ofDays(20 + random.nextInt(40))), random)
                : recent(random, 8);
        String code = trackingCode(random);
        Deadline due = calendar.workingDaysAfter(received, 10);
        String name = corpus.name(random);
        int year = calendar.effectiveReceiptDate(received).getYear();
        events.add(received, new InformationRequestRegistered(id,
                RegistrationNumber.of(year, numbers.next(RegistrationNumber.REGISTER, year)),
                random.nextInt(5) == 0 ? Channel.DATANG_LANGSUNG : Channel.WEB, received,
                PersonalData.of(DataSubjectId.newId(), new Requester(name, Requester.IdentityKind.NIK,
                        corpus.nik(random), corpus.address(random), corpus.phone(random), corpus.email(name, random),
                        corpus.occupation(random))),
                corpus.informationRequested(random, year), corpus.purpose(random), ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, sha256(code), due, null));
        if (closedReceipt == null) {
            openRequest(random, events, id, received, due, overdue, kind);
        } else {
            closedRequest(random, events, id, received, due, name, kind);
        }
        return new Story(code, true, events.list);
    }

    private void openRequest(Random random, Events events, InformationRequestId id, Instant received, Deadline due,
            boolean overdue, int kind) {
        if (overdue) {
            events.add(atOffice(due.dueDate().plusDays(1), LocalTime.of(0, 5)),
                    new NoticeDeadlineMissed(id, due.dueDate(), atOffice(due.dueDate().plusDays(1), LocalTime.of(0, 5))));
        } else if (kind < 30) {
            Instant forwarded = between(random, received, now);
            events.add(forwarded, new InformationRequestForwarded(id, UnitId.of("SETDA"),
                    "Mohon data dan dokumen yang diminta", PETUGAS, forwarded));
        } else if (kind < 40) {
            Instant sent = between(random, received, now);
            events.add(sent, new WrittenNoticeSent(id, grant(), PETUGAS, sent, due.dueDate(), false));
        }
    }

    private void closedRequest(Random random, Events events, InformationRequestId id, Instant received, Deadline due,
            String name, int kind) {
        Instant noticeBy = atOffice(due.dueDate(), LocalTime.of(15, 0));
        if (kind < 10) {
            Instant withdrawn = between(random, received, noticeBy);
            events.add(withdrawn, new InformationRequestWithdrawn(id, "Informasi sudah diperoleh dari sumber lain",
                    Channel.WEB, null, withdrawn));
            return;
        }
        Instant noticed = between(random, received, noticeBy);
        if (kind < 30) {
            Instant forwarded = between(random, received, noticed);
            events.add(forwarded, new InformationRequestForwarded(id, UnitId.of("SETDA"),
                    "Mohon data dan dokumen yang diminta", PETUGAS, forwarded));
            Instant input = between(random, forwarded, noticed);
            events.add(input, new UnitInputRecorded(id, UnitId.of("SETDA"), "Data terlampir, lengkap",
                    OfficerId.of("pelaksana"), input));
        }
        if (kind < 85) {
            events.add(noticed, new WrittenNoticeSent(id, grant(), random.nextBoolean() ? PETUGAS : DEWI, noticed,
                    due.dueDate(), false));
            Instant handedOver = noticed.plus(Duration.ofHours(2 + random.nextInt(48)));
            events.add(handedOver, new InformationDelivered(id, handedOver, DeliveryMethod.EMAIL,
                    PersonalData.of(DataSubjectId.newId(), new Recipient(name, "pemohon")), PETUGAS, handedOver));
            Instant closed = handedOver.plus(Duration.ofHours(1 + random.nextInt(24)));
            events.add(closed, new InformationRequestClosed(id, PETUGAS, closed));
            return;
        }
        events.add(noticed, new WrittenNoticeSent(id, refusal(), PETUGAS, noticed, due.dueDate(), false));
        Instant closedAt = noticed.plus(Duration.ofDays(1));
        if (kind >= 95) {
            Instant objected = noticed.plus(Duration.ofDays(3 + random.nextInt(10)));
            int year = calendar.effectiveReceiptDate(objected).getYear();
            ObjectionNumber number = ObjectionNumber.of(year, numbers.next(ObjectionNumber.REGISTER, year));
            Deadline answerBy = calendar.workingDaysAfter(objected, 30);
            events.add(objected, new ObjectionFiled(id, number, ObjectionGround.A_PENOLAKAN_PASAL_17,
                    "Pemohon menilai informasi tersebut terbuka untuk publik", null, Channel.WEB, null, objected,
                    noticed.atZone(OFFICE).toLocalDate(), answerBy));
            Instant answered = between(random, objected, atOffice(answerBy.dueDate(), LocalTime.of(15, 0)));
            events.add(answered, new ObjectionAnswered(id, number, ObjectionOutcome.REJECTED,
                    "Pengecualian telah diuji konsekuensi dan tetap berlaku", ATASAN, answered, false,
                    calendar.workingDaysAfter(answered, 14)));
            closedAt = answered.plus(Duration.ofDays(20));
        }
        events.add(closedAt, new InformationRequestClosed(id, PETUGAS, closedAt));
    }

    private static WrittenNotice grant() {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SELURUHNYA, List.of(), null,
                "Salinan dokumen yang diminta, lengkap", List.of(), ObtainMethod.SALINAN_SOFTCOPY, "PDF",
                DeliveryMethod.EMAIL, new Cost(0, "Tidak dipungut biaya"), "pemberitahuan-v1");
    }

    private static WrittenNotice refusal() {
        return new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("Daftar penerima dengan NIK dan alamat"),
                        "UU 14/2008 Pasal 17 huruf h; UU 27/2022 Pasal 4",
                        "Membuka data pribadi penerima merugikan privasi melebihi manfaatnya", Period.ofYears(5)),
                null, List.of(), null, null, null, null, "pemberitahuan-v1");
    }

    // ------------------------------------------------------------------------------------------------ complaints

    private Story complaint(Random random, Instant closedReceipt) {
        ComplaintId id = ComplaintId.newId();
        Events events = new Events(COMPLAINT_TYPE, id.value());
        int kind = random.nextInt(100);
        boolean overdue = closedReceipt == null && kind < 10;
        Instant received = closedReceipt != null ? closedReceipt
                : overdue ? officeTime(now.minus(Duration.ofDays(10 + random.nextInt(30))), random)
                : kind < 55 ? recent(random, 2) : kind < 85 ? recent(random, 5) : recent(random, 9);
        String code = trackingCode(random);
        String[] place = corpus.place(random);
        Corpus.Complaint about = corpus.complaint(random, place[1]);
        String name = corpus.name(random);
        int year = calendar.effectiveReceiptDate(received).getYear();
        Deadline verifyBy = calendar.workingDaysAfter(received, 3);
        boolean withPoint = random.nextBoolean();
        events.add(received, new ComplaintRegistered(id,
                ComplaintNumber.of(year, numbers.next(ComplaintNumber.REGISTER, year)),
                random.nextInt(4) == 0 ? Channel.WHATSAPP : Channel.WEB, received,
                PersonalData.of(DataSubjectId.newId(), new Complainant(name, corpus.nik(random), corpus.phone(random),
                        corpus.email(name, random), corpus.address(random))),
                random.nextInt(10) == 0, about.subject(), about.description(), about.category(),
                new Location(place[0], place[1], withPoint ? -6.0 - random.nextDouble() / 10 : null,
                        withPoint ? 106.0 + random.nextDouble() / 10 : null),
                List.of(), sha256(code), null, verifyBy));
        UnitId unit = UnitId.of(UNIT_OF.get(about.category()));
        OfficerId unitOfficer = OfficerId.of("pelaksana-" + unit.value().toLowerCase(java.util.Locale.ROOT));
        if (closedReceipt == null) {
            if (overdue) {
                Instant recorded = atOffice(verifyBy.dueDate().plusDays(1), LocalTime.of(0, 5));
                events.add(recorded, new VerificationDeadlineMissed(id, verifyBy.dueDate(), recorded));
            } else if (kind >= 55) {
                Instant accepted = dispose(random, events, id, received, now, unit, unitOfficer);
                if (kind >= 85) {
                    Instant answered = between(random, accepted, now);
                    events.add(answered, new ComplaintAnswered(id, unit, "Sudah ditindaklanjuti di lokasi",
                            unitOfficer, answered, calendar.workingDaysAfter(answered, 10)));
                }
            }
            return new Story(code, false, events.list);
        }
        if (kind < 15) {
            Instant rejected = between(random, received, atOffice(verifyBy.dueDate(), LocalTime.of(15, 0)));
            events.add(rejected, new ComplaintRejected(id, RejectionReason.BUKAN_WEWENANG,
                    "Bukan kewenangan Pemerintah Kota Cilegon", "Pemerintah Provinsi Banten", PETUGAS, rejected));
            return new Story(code, false, events.list);
        }
        Instant accepted = dispose(random, events, id, received, received.plus(Duration.ofDays(3)), unit, unitOfficer);
        Instant answered = accepted.plus(Duration.ofHours(24 + random.nextInt(96)));
        if (random.nextInt(5) == 0) {
            Instant progress = between(random, accepted, answered);
            events.add(progress, new ProgressRecorded(id, unit, "Tim sudah meninjau lokasi", unitOfficer, progress));
        }
        events.add(answered, new ComplaintAnswered(id, unit, "Sudah ditindaklanjuti di lokasi", unitOfficer,
                answered, calendar.workingDaysAfter(answered, 10)));
        if (kind < 90) {
            Instant verdict = answered.plus(Duration.ofHours(2 + random.nextInt(72)));
            events.add(verdict, new VerdictGiven(id, true, 3 + random.nextInt(3), null, verdict));
            events.add(verdict, new ComplaintClosed(id, false, verdict));
        } else {
            Instant closed = answered.plus(Duration.ofDays(15));
            events.add(closed, new ComplaintClosed(id, true, closed));
        }
        return new Story(code, false, events.list);
    }

    /** Verified, sent to the unit and accepted there, between {@code received} and {@code by}; when accepted. */
    private Instant dispose(Random random, Events events, ComplaintId id, Instant received, Instant by, UnitId unit,
            OfficerId unitOfficer) {
        Instant verified = between(random, received, received.plus(Duration.between(received, by).dividedBy(3)));
        events.add(verified, new ComplaintVerified(id, null, PETUGAS, verified, false));
        events.add(verified, new ComplaintDisposed(id, List.of(new UnitFollowUp(unit,
                calendar.workingDaysAfter(verified, 5))), "Mohon ditindaklanjuti", PETUGAS, verified));
        Instant accepted = between(random, verified, received.plus(Duration.between(received, by).dividedBy(2)));
        events.add(accepted, new DispositionAccepted(id, unit, unitOfficer, accepted));
        return accepted;
    }

    // ------------------------------------------------------------------------------------------------------ time

    private Instant closedReceipt(Random random, long index, long closedCases) {
        Instant lastClosed = now.minus(Duration.ofDays(45));
        long span = Duration.between(firstReceipt, lastClosed).toSeconds();
        Instant day = firstReceipt.plusSeconds(span * index / Math.max(1, closedCases));
        return officeTime(day, random);
    }

    /** Some office hour of the day {@code day} falls on (WIB). */
    private static Instant officeTime(Instant day, Random random) {
        LocalDate date = day.atZone(OFFICE).toLocalDate();
        return date.atTime(7 + random.nextInt(8), random.nextInt(60)).atZone(OFFICE).toInstant();
    }

    /** In the last {@code days} days, before now. */
    private Instant recent(Random random, int days) {
        return now.minusSeconds(60 + (long) (random.nextDouble() * days * 86_400));
    }

    private static Instant atOffice(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(OFFICE).toInstant();
    }

    private static Instant between(Random random, Instant from, Instant to) {
        long seconds = Math.max(60, Duration.between(from, to).toSeconds());
        return from.plusSeconds(60 + (long) (random.nextDouble() * (seconds - 60)));
    }

    // --------------------------------------------------------------------------------------------------- codes

    /** A tracking code as Sigap issues them: 20 characters of Crockford base32. */
    static String trackingCode(Random random) {
        StringBuilder code = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** What Sigap stores of a tracking code. */
    static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One aggregate's events, numbered from 0, each stamped with when it happened. */
    private static final class Events {

        private final String type;
        private final String aggregateId;
        private final List<DomainEventMessage<?>> list = new ArrayList<>();
        private final String correlation = UUID.randomUUID().toString();

        Events(String type, String aggregateId) {
            this.type = type;
            this.aggregateId = aggregateId;
        }

        void add(Instant at, Object payload) {
            String id = UUID.randomUUID().toString();
            list.add(new GenericDomainEventMessage<>(type, aggregateId, list.size(), payload,
                    MetaData.with("correlationId", correlation).and("traceId", correlation), id, at));
        }
    }
}
