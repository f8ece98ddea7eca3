package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationrequest.api.AnswerObjection;
import id.go.cilegon.sigap.command.informationrequest.api.CloseInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ExtendNoticeDeadline;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ProvideClarification;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDelivery;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.RecordUnitInput;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.ReleaseDocument;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.RequestClarification;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.webapp.security.Officer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The officer's forms on the case page, one per {@link CaseAction}, each turned into its command. The same records
 * bind the page's form fields and the officer API's JSON, so the two can never disagree. Enumerated answers are
 * text checked against their values, so a wrong value is a field error and never a binding failure.
 */
final class CaseActionForms {

    private static final int TEXT = 4000;
    private static final String DESK_CHANNEL = "|DATANG_LANGSUNG|SURAT|EMAIL|TELEPON";

    private CaseActionForms() {
    }

    /** A form that becomes one command, given the request, the officer acting and the office's time zone. */
    sealed interface ActionForm {
        Object command(InformationRequestId requestId, Officer officer, ZoneId zone);
    }

    record ClarificationQuestion(@NotBlank @Size(max = TEXT) String pertanyaan) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new RequestClarification(requestId, pertanyaan, officer.id());
        }
    }

    /** The requester's answer brought in at the desk, by letter, e-mail or phone. */
    record ClarificationReceived(
            @NotBlank @Size(max = TEXT) String jawaban,
            @NotBlank @Pattern(regexp = DESK_CHANNEL) String saluran) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new ProvideClarification(requestId, jawaban, Channel.valueOf(saluran), officer.id());
        }
    }

    record Forwarding(
            @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,20}") String unit,
            @Size(max = TEXT) String instruksi) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new ForwardInformationRequest(requestId, new UnitId(unit), blankToNull(instruksi), officer.id());
        }
    }

    /** The PPID Pelaksana answers for the unit the request was forwarded to: their own. */
    record UnitInput(@NotBlank @Size(max = TEXT) String tanggapan) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new RecordUnitInput(requestId, officer.unit(), tanggapan, officer.id());
        }
    }

    record Extension(@NotBlank @Size(max = TEXT) String alasan) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new ExtendNoticeDeadline(requestId, alasan, officer.id());
        }
    }

    /**
     * The pemberitahuan tertulis, items a–g of UU KIP Pasal 22(7). Which items a decision needs is the aggregate's
     * rule; the form only checks that what is given is well formed.
     *
     * @param dokumenUji  one document of the consequence test per line
     * @param penghitaman item (e), at most three rows of blacked-out material; a row without material is no row
     */
    record Notice(
            @NotBlank @Pattern(regexp = "|ya|tidak") String informasiDikuasai,
            @Size(max = 500) String badanPublikPenguasa,
            @NotBlank @Pattern(regexp = "|DIKABULKAN_SELURUHNYA|DIKABULKAN_SEBAGIAN|DITOLAK_DIKECUALIKAN"
                    + "|DITOLAK_BELUM_DIKUASAI|DITOLAK_BELUM_DIDOKUMENTASIKAN|TIDAK_DIKUASAI_DIARAHKAN")
            String keputusan,
            List<@Pattern(regexp = EXEMPTION) String> dasarPengecualian,
            @Size(max = TEXT) String dokumenUji,
            @Size(max = 1000) String dasarHukum,
            @Size(max = TEXT) String analisisKonsekuensi,
            @Min(0) @Max(100) Integer jangkaWaktuTahun,
            @Size(max = TEXT) String informasiDiberikan,
            @Size(max = 3) List<@Valid Blackout> penghitaman,
            @Pattern(regexp = "|MELIHAT_MEMBACA_MENDENGARKAN_MENCATAT|SALINAN_SOFTCOPY|SALINAN_HARDCOPY")
            String caraMemperoleh,
            @Size(max = 200) String format,
            @Pattern(regexp = "|DIAMBIL_LANGSUNG|POS_KURIR|EMAIL|WHATSAPP") String caraPenyampaian,
            @PositiveOrZero Long biaya,
            @Size(max = 1000) String caraPembayaran) implements ActionForm {

        /**
         * A refusal resting on an exemption in the PPID's Daftar Informasi yang Dikecualikan: its Pasal 17 letters and
         * consequence test, for the officer to check and complete. The notice states the period in whole years.
         */
        static Notice restingOn(Exemption exemption) {
            ConsequenceTest test = exemption.test();
            return new Notice("ya", "", NoticeDecision.DITOLAK_DIKECUALIKAN.name(),
                    exemption.grounds().stream().map(Enum::name).toList(), String.join("\n", test.documents()),
                    test.lawReliedOn(), test.consequenceAnalysis(), Math.max(1, test.exemptionPeriod().getYears()), "",
                    List.of(), "", "", "", 0L, "");
        }

        /** The version of the printed notice a notice sent today is rendered with (ADR 0008). */
        static final String TEMPLATE_VERSION = "pemberitahuan-v1";

        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            List<ExemptionGround> grounds = dasarPengecualian == null ? List.of()
                    : dasarPengecualian.stream().filter(ground -> !ground.isBlank()).map(ExemptionGround::valueOf)
                            .distinct().toList();
            ConsequenceTest test = grounds.isEmpty() ? null : new ConsequenceTest(lines(dokumenUji),
                    blankToNull(dasarHukum), blankToNull(analisisKonsekuensi),
                    jangkaWaktuTahun == null ? null : Period.ofYears(jangkaWaktuTahun));
            List<Redaction> redactions = penghitaman == null ? List.of() : penghitaman.stream()
                    .filter(row -> row != null && !isBlank(row.bagian()))
                    .map(row -> new Redaction(row.bagian().strip(),
                            isBlank(row.dasar()) ? null : ExemptionGround.valueOf(row.dasar()),
                            blankToNull(row.alasan())))
                    .toList();
            NoticeDecision decision = NoticeDecision.valueOf(keputusan);
            boolean grants = decision.grantsInformation();
            return new SendWrittenNotice(requestId, new WrittenNotice("ya".equals(informasiDikuasai),
                    blankToNull(badanPublikPenguasa), decision, grounds, test,
                    grants ? blankToNull(informasiDiberikan) : null, redactions,
                    grants && !isBlank(caraMemperoleh) ? ObtainMethod.valueOf(caraMemperoleh) : null,
                    grants ? blankToNull(format) : null,
                    grants && !isBlank(caraPenyampaian) ? DeliveryMethod.valueOf(caraPenyampaian) : null,
                    grants && biaya != null ? new Cost(biaya, blankToNull(caraPembayaran)) : null,
                    TEMPLATE_VERSION), officer.id());
        }
    }

    /**
     * One row of item (e) of the notice: the material blacked out, the Pasal 17 ground that covers it, and why.
     *
     * @param bagian what is blacked out, e.g. "NIK siswa pada lampiran 2"
     */
    record Blackout(
            @Size(max = 1000) String bagian,
            @Pattern(regexp = "|" + EXEMPTION) String dasar,
            @Size(max = 1000) String alasan) {
    }

    static final String EXEMPTION = "A_PENEGAKAN_HUKUM|B_HAKI_DAN_PERSAINGAN_USAHA|C_PERTAHANAN_DAN_KEAMANAN"
            + "|D_KEKAYAAN_ALAM|E_KETAHANAN_EKONOMI|F_HUBUNGAN_LUAR_NEGERI|G_AKTA_OTENTIK_DAN_WASIAT|H_RAHASIA_PRIBADI"
            + "|I_MEMORANDUM_ANTAR_BADAN_PUBLIK|J_DILARANG_UNDANG_UNDANG";

    /** The <i>tanda bukti penyerahan</i>: when, how, and to whom the information was handed over. */
    record Delivery(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime diserahkanPada,
            @NotBlank @Pattern(regexp = "|DIAMBIL_LANGSUNG|POS_KURIR|EMAIL|WHATSAPP") String cara,
            @NotBlank @Size(max = 200) String namaPenerima,
            @Size(max = 200) String hubungan) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new RecordDelivery(requestId, diserahkanPada.atZone(zone).toInstant(), DeliveryMethod.valueOf(cara),
                    PersonalData.of(DataSubjectId.newId(), new Recipient(namaPenerima, blankToNull(hubungan))),
                    officer.id());
        }
    }

    record Closing() implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new CloseInformationRequest(requestId, officer.id());
        }
    }

    /** A file of the granted information, checked and stored, to be released to the requester. */
    record DocumentRelease(ReleasedDocument document) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new ReleaseDocument(requestId, document, officer.id());
        }
    }

    /** A released file taken back, with the reason the requester reads. */
    record DocumentWithdrawal(
            @NotBlank @Pattern(regexp = "[0-9a-f]{24}") String dokumen,
            @NotBlank @Size(max = TEXT) String alasan) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new WithdrawReleasedDocument(requestId, dokumen, alasan, officer.id());
        }
    }

    /** A withdrawal the requester made at the desk, by letter, e-mail or phone. */
    record Withdrawal(
            @Size(max = TEXT) String alasan,
            @NotBlank @Pattern(regexp = DESK_CHANNEL) String saluran) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new WithdrawInformationRequest(requestId, blankToNull(alasan), Channel.valueOf(saluran),
                    officer.id());
        }
    }

    /** A keberatan brought to the desk; a kuasa files it there with the power of attorney seen. */
    record DeskObjection(
            @NotBlank @Pattern(regexp = "|A_PENOLAKAN_PASAL_17|B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN"
                    + "|C_TIDAK_DITANGGAPI|D_TIDAK_SEBAGAIMANA_DIMINTA|E_TIDAK_DIPENUHI|F_BIAYA_TIDAK_WAJAR"
                    + "|G_MELEBIHI_JANGKA_WAKTU") String alasanKeberatan,
            @NotBlank @Size(max = TEXT) String kasusPosisi,
            @NotBlank @Pattern(regexp = DESK_CHANNEL) String saluran) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new FileObjection(requestId, ObjectionGround.valueOf(alasanKeberatan), kasusPosisi, null,
                    Channel.valueOf(saluran), officer.id());
        }
    }

    record ObjectionAnswer(
            @NotBlank @Pattern(regexp = "|UPHELD|REJECTED|SETTLED_BY_AGREEMENT") String putusan,
            @Size(max = TEXT) String alasan) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new AnswerObjection(requestId, ObjectionOutcome.valueOf(putusan), blankToNull(alasan), officer.id());
        }
    }

    record Dispute(
            @NotBlank @Size(max = 200) String komisi,
            @Size(max = 100) String nomorPerkara,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggalDiajukan) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new RecordDisputeFiled(requestId, komisi, blankToNull(nomorPerkara), tanggalDiajukan, officer.id());
        }
    }

    record DisputeStageReached(
            @NotBlank @Pattern(regexp = "|MEDIASI|MEDIASI_BERHASIL|AJUDIKASI|PUTUSAN_KI|DILAKSANAKAN"
                    + "|DIGUGAT_PENGADILAN|PUTUSAN_PENGADILAN|KASASI|INKRACHT") String tahap,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            @Size(max = TEXT) String hasil) implements ActionForm {
        @Override
        public Object command(InformationRequestId requestId, Officer officer, ZoneId zone) {
            return new RecordDisputeStage(requestId, DisputeStage.valueOf(tahap), tanggal, blankToNull(hasil),
                    officer.id());
        }
    }

    private static List<String> lines(String text) {
        if (isBlank(text)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        return lines;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
