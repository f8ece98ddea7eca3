package id.go.cilegon.sigap.webapp.demo;

import id.go.cilegon.sigap.command.complaint.api.AcceptDisposition;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplaint;
import id.go.cilegon.sigap.command.complaint.api.AskComplainant;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.DisposeComplaint;
import id.go.cilegon.sigap.command.complaint.api.GiveVerdict;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RecordProgress;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the units that handle complaints, an officer of the public works department, and complaints at
 * every stage from a new one waiting for verification (with a likely duplicate) to one closed after a satisfied
 * verdict. Their tracking codes are DEMO-0000-0000-0100-0001 to -0007. Runs once per store, after
 * {@link DemoData}: the works officer's account marks a seeded store.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("sigap.demo.enabled")
class ComplaintDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ComplaintDemoData.class);
    private static final OfficerId PETUGAS = new OfficerId("petugas");
    private static final OfficerId DPUTR_OFFICER = new OfficerId("pelaksana-dputr");
    private static final OfficerId DLH_OFFICER = new OfficerId("pelaksana-dlh");
    private static final UnitId DPUTR = new UnitId("DPUTR");
    private static final UnitId DLH = new UnitId("DLH");
    private static final UnitId DISHUB = new UnitId("DISHUB");

    private final OfficerAccounts accounts;
    private final Units units;
    private final CommandGateway commands;
    private final Clock clock;

    ComplaintDemoData(OfficerAccounts accounts, Units units, CommandGateway commands, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("pelaksana-dputr")) {
            return;
        }
        List.of(new Units.Unit("DPUTR", "Dinas Pekerjaan Umum dan Tata Ruang", true),
                new Units.Unit("DLH", "Dinas Lingkungan Hidup", true),
                new Units.Unit("DISHUB", "Dinas Perhubungan", true)).forEach(units::save);
        accounts.save("pelaksana-dputr", "Admin Penghubung DPUTR (demo)", "pelaksana-dputr-demo",
                List.of(OfficerRole.PPID_PELAKSANA), DPUTR);
        accounts.save("pelaksana-dlh", "Admin Penghubung DLH (demo)", "pelaksana-dlh-demo",
                List.of(OfficerRole.PPID_PELAKSANA), DLH);

        register(1, 1, "Rudi Hartono", false, ComplaintCategory.INFRASTRUKTUR, "Cilegon", "Ciwaduk",
                "Jalan berlubang di depan SDN Ciwaduk", "Ada lubang besar di jalan depan SDN Ciwaduk. Sudah dua "
                        + "pengendara motor jatuh minggu ini, terutama saat hujan lubang tidak terlihat.");
        register(2, 0, "Yuni Kartika", false, ComplaintCategory.INFRASTRUKTUR, "Cilegon", "Ciwaduk",
                "Lubang jalan dekat sekolah SDN Ciwaduk", "Jalan di depan sekolah SDN Ciwaduk berlubang dan "
                        + "membahayakan anak-anak yang menyeberang.");
        ComplaintId asked = register(3, 2, null, false, ComplaintCategory.KEBERSIHAN_LINGKUNGAN, "Jombang",
                "Jombang Wetan", "Sampah menumpuk di pinggir jalan", "Sampah sudah seminggu tidak diangkut.");
        commands.sendAndWait(new AskComplainant(asked, "Di jalan apa dan dekat bangunan apa tumpukan sampah itu?",
                PETUGAS));
        ComplaintId inHand = register(4, 6, "Slamet Riyadi", false, ComplaintCategory.INFRASTRUKTUR, "Grogol",
                "Gerem", "Lampu jalan mati di Jalan Raya Merak", "Sepanjang 200 meter lampu jalan mati sejak dua "
                        + "minggu, rawan kecelakaan dan kejahatan.");
        verifyAndDispose(inHand, DPUTR);
        commands.sendAndWait(new AcceptDisposition(inHand, DPUTR, DPUTR_OFFICER));
        commands.sendAndWait(new RecordProgress(inHand, DPUTR, "Tim penerangan jalan dijadwalkan meninjau lokasi "
                + "hari Kamis.", DPUTR_OFFICER));
        ComplaintId answered = register(5, 8, "Nur Aini", false, ComplaintCategory.KEBERSIHAN_LINGKUNGAN,
                "Citangkil", "Warnasari", "Saluran air tersumbat", "Saluran air di depan pasar tersumbat sampah "
                        + "sehingga banjir setiap hujan.");
        verifyAndDispose(answered, DLH);
        commands.sendAndWait(new AcceptDisposition(answered, DLH, DLH_OFFICER));
        commands.sendAndWait(new AnswerComplaint(answered, DLH, "Saluran sudah dibersihkan petugas DLH bersama "
                + "warga pada Sabtu lalu; jadwal pembersihan rutin kini setiap dua minggu.",
                DLH_OFFICER));
        ComplaintId closed = register(6, 12, "Agus Salim", false, ComplaintCategory.INFRASTRUKTUR, "Cibeber",
                "Kalitimbang", "Trotoar rusak di depan puskesmas", "Trotoar di depan Puskesmas Cibeber amblas.");
        verifyAndDispose(closed, DPUTR);
        commands.sendAndWait(new AcceptDisposition(closed, DPUTR, DPUTR_OFFICER));
        commands.sendAndWait(new AnswerComplaint(closed, DPUTR, "Trotoar sudah diperbaiki dan diberi pembatas.",
                DPUTR_OFFICER));
        commands.sendAndWait(new GiveVerdict(closed, true, 5, "Terima kasih, sudah rapi."));
        ComplaintId confidential = register(7, 3, "Warga Purwakarta", true, ComplaintCategory.PERHUBUNGAN,
                "Purwakarta", "Kotasari", "Pungutan parkir liar di depan pasar", "Ada pungutan parkir tanpa karcis "
                        + "oleh orang yang mengaku petugas.");
        verifyAndDispose(confidential, DISHUB);
        log.info("Demo complaints created: tracking codes DEMO-0000-0000-0100-0001 to -0007; unit officers "
                + "pelaksana-dputr and pelaksana-dlh");
    }

    private void verifyAndDispose(ComplaintId id, UnitId unit) {
        commands.sendAndWait(new VerifyComplaint(id, null, PETUGAS));
        commands.sendAndWait(new DisposeComplaint(id, List.of(unit), "Mohon ditindaklanjuti.", PETUGAS));
    }

    /** @param name {@code null} for an anonymous complaint */
    private ComplaintId register(int demoNumber, int daysAgo, String name, boolean confidential,
            ComplaintCategory category, String kecamatan, String kelurahan, String subject, String description) {
        ComplaintId id = ComplaintId.newId();
        commands.sendAndWait(new RegisterComplaint(id, Channel.WEB, clock.instant().minus(Duration.ofDays(daysAgo)),
                name == null ? null : PersonalData.of(DataSubjectId.newId(),
                        new Complainant(name, null, "081300000000", null, null)),
                confidential, subject, description, category, new Location(kecamatan, kelurahan, null, null),
                List.of(), TrackingCode.parse("DEMO-0000-0000-0100-000" + demoNumber).orElseThrow().hash(), null));
        return id;
    }
}
