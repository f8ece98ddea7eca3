package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.AcceptDisposition;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplaint;
import id.go.cilegon.sigap.command.complaint.api.AskComplainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ConvertComplaint;
import id.go.cilegon.sigap.command.complaint.api.DisposeComplaint;
import id.go.cilegon.sigap.command.complaint.api.MergeComplaint;
import id.go.cilegon.sigap.command.complaint.api.RecordProgress;
import id.go.cilegon.sigap.command.complaint.api.RejectComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.complaint.api.ReturnDisposition;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * The fields of every complaint action form, page and API alike; each action reads the ones it needs and
 * {@link #check} reports those it needs but lacks, by field name, before any command is built.
 *
 * @param unit the unit codes of a disposition
 */
record ComplaintActionForm(
        @Size(max = 2000) String pertanyaan,
        @Size(max = 2000) String catatan,
        @Pattern(regexp = "|BUKAN_PENGADUAN|BUKAN_WEWENANG") String alasanPenolakan,
        @Size(max = 2000) String penjelasan,
        @Size(max = 200) String instansi,
        @Size(max = 64) @Pattern(regexp = "|[A-Za-z0-9-]+") String pengaduanAsal,
        @Size(max = 4000) String informasiDiminta,
        @Pattern(regexp = "|MELIHAT_MEMBACA_MENDENGARKAN_MENCATAT|SALINAN_SOFTCOPY|SALINAN_HARDCOPY")
        String caraMemperoleh,
        @Pattern(regexp = "|DIAMBIL_LANGSUNG|POS_KURIR|EMAIL|WHATSAPP") String caraMendapatkanSalinan,
        @Size(max = 20) List<@Pattern(regexp = "[A-Z0-9_-]{1,40}") String> unit,
        @Size(max = 2000) String instruksi,
        @Size(max = 2000) String alasan,
        @Size(max = 4000) String jawaban) {

    static ComplaintActionForm empty() {
        return new ComplaintActionForm("", "", "", "", "", "", "", "", "", List.of(), "", "", "");
    }

    /** The fields {@code action} cannot do without; each blank one is reported as NotBlank. */
    void check(ComplaintAction action, Set<String> knownUnits, BindingResult errors) {
        switch (action) {
            case TANYA -> required("pertanyaan", pertanyaan, errors);
            case TOLAK -> {
                required("alasanPenolakan", alasanPenolakan, errors);
                required("penjelasan", penjelasan, errors);
            }
            case GABUNG -> required("pengaduanAsal", pengaduanAsal, errors);
            case ALIHKAN -> {
                required("informasiDiminta", informasiDiminta, errors);
                required("caraMemperoleh", caraMemperoleh, errors);
                required("caraMendapatkanSalinan", caraMendapatkanSalinan, errors);
                required("penjelasan", penjelasan, errors);
            }
            case DISPOSISI -> {
                if (unit == null || unit.isEmpty()) {
                    FieldMessages.reject(errors, "unit", "NotBlank");
                } else if (!knownUnits.containsAll(unit)) {
                    FieldMessages.reject(errors, "unit", "complaint.unit.unknown");
                }
            }
            case KEMBALIKAN -> required("alasan", alasan, errors);
            case TINDAK_LANJUT -> required("catatan", catatan, errors);
            case JAWAB -> required("jawaban", jawaban, errors);
            case VERIFIKASI, TERIMA -> { }
        }
    }

    /** The command for {@code action}, once {@link #check} found nothing missing. */
    Object command(ComplaintAction action, ComplaintId id, Officer officer) {
        return switch (action) {
            case TANYA -> new AskComplainant(id, pertanyaan.strip(), officer.id());
            case VERIFIKASI -> new VerifyComplaint(id, catatan, officer.id());
            case TOLAK -> new RejectComplaint(id, RejectionReason.valueOf(alasanPenolakan), penjelasan.strip(),
                    instansi, officer.id());
            case GABUNG -> new MergeComplaint(id, ComplaintId.of(pengaduanAsal.strip()), officer.id());
            case ALIHKAN -> new ConvertComplaint(id, informasiDiminta.strip(), ObtainMethod.valueOf(caraMemperoleh),
                    DeliveryMethod.valueOf(caraMendapatkanSalinan), penjelasan.strip(), officer.id());
            case DISPOSISI -> new DisposeComplaint(id, unit.stream().map(UnitId::of).toList(), instruksi,
                    officer.id());
            case TERIMA -> new AcceptDisposition(id, officer.unit(), officer.id());
            case KEMBALIKAN -> new ReturnDisposition(id, officer.unit(), alasan.strip(), officer.id());
            case TINDAK_LANJUT -> new RecordProgress(id, officer.unit(), catatan.strip(), officer.id());
            case JAWAB -> new AnswerComplaint(id, officer.unit(), jawaban.strip(), officer.id());
        };
    }

    private static void required(String field, String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            FieldMessages.reject(errors, field, "NotBlank");
        }
    }
}
