package id.go.cilegon.sigap.webapp.demo;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
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
import org.springframework.stereotype.Component;

/**
 * Demo mode only ({@code sigap.demo.enabled=true}, the {@code demo} profile): the demo officer accounts listed in
 * the README and a handful of requests at different stages of their clock. Runs once per store: the accounts'
 * existence marks a seeded store.
 */
@Component
@ConditionalOnBooleanProperty("sigap.demo.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OfficerAccounts accounts;
    private final Units units;
    private final CommandGateway commands;
    private final Clock clock;

    DemoData(OfficerAccounts accounts, Units units, CommandGateway commands, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("petugas")) {
            return;
        }
        accounts.save("petugas", "Petugas PPID (demo)", "petugas-demo", List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("pelaksana", "PPID Pelaksana Setda (demo)", "pelaksana-demo",
                List.of(OfficerRole.PPID_PELAKSANA), new UnitId("SETDA"));
        accounts.save("atasan", "Atasan PPID (demo)", "atasan-demo", List.of(OfficerRole.ATASAN_PPID));
        accounts.save("supervisor", "Supervisor (demo)", "supervisor-demo", List.of(OfficerRole.SUPERVISOR));
        accounts.save("admin", "Admin (demo)", "admin-demo", List.of(OfficerRole.ADMIN));
        List.of(new Units.Unit("DKISS", "Dinas Komunikasi, Informatika, Sandi dan Statistik", true),
                new Units.Unit("SETDA", "Sekretariat Daerah", true),
                new Units.Unit("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", true),
                new Units.Unit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", true),
                new Units.Unit("DKPP", "Dinas Ketahanan Pangan dan Pertanian", true),
                new Units.Unit("INSPEKTORAT", "Inspektorat", true)).forEach(units::save);
        register(1, 15, Channel.DATANG_LANGSUNG, "Siti Rahmawati", "3672015503880001", "Guru",
                "Daftar penerima bantuan sosial pangan di Kecamatan Ciwandan tahun 2026",
                "Memastikan warga yang berhak di lingkungan kami sudah terdata");
        register(2, 9, Channel.EMAIL, "Budi Santoso", "3672011204790002", "Wiraswasta",
                "Salinan dokumen rencana kerja perbaikan jalan Lingkar Selatan",
                "Bahan diskusi forum warga");
        register(3, 4, Channel.WEB, "Dewi Lestari", "3672026708910003", "Mahasiswa",
                "Data jumlah pengaduan layanan air bersih per kelurahan tahun 2025",
                "Penelitian skripsi tentang pelayanan publik");
        register(4, 0, Channel.WEB, "Ahmad Fauzi", "3672030101850004", "Jurnalis",
                "Realisasi anggaran program Cilegon Bersih semester I 2026",
                "Bahan liputan berita");
        log.info("Demo data created: officer accounts petugas, pelaksana, atasan, supervisor, admin, six units and four requests "
                + "with the tracking codes DEMO-0000-0000-0000-0001 to -0004");
    }

    /** Demo requests have well-known tracking codes, DEMO-0000-0000-0000-000n, so their status pages can be shown. */
    private void register(int demoNumber, int daysAgo, Channel channel, String name, String nik, String occupation,
            String information, String purpose) {
        Requester requester = new Requester(name, Requester.IdentityKind.NIK, nik, "Jl. Contoh No. 1, Cilegon",
                "081200000000", null, occupation);
        commands.sendAndWait(new RegisterInformationRequest(InformationRequestId.newId(), channel,
                clock.instant().minus(Duration.ofDays(daysAgo)), PersonalData.of(DataSubjectId.newId(), requester),
                information, purpose, ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.parse("DEMO-0000-0000-0000-000" + demoNumber).orElseThrow().hash()));
    }
}
