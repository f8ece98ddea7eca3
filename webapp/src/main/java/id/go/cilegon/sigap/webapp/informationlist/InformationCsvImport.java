package id.go.cilegon.sigap.webapp.informationlist;

import static id.go.cilegon.sigap.webapp.shared.CsvUploads.column;

import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.ListInformation;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationNumber;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.informationlist.api.FindListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.webapp.shared.Causes;
import id.go.cilegon.sigap.webapp.shared.CsvUploads.RowProblem;
import id.go.cilegon.sigap.webapp.shared.CsvUploads;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Imports a PPID's existing Daftar Informasi Publik from a spreadsheet saved as UTF-8 CSV, with a header row naming
 * the columns {@code judul}, {@code ringkasan}, {@code kategori} ({@code BERKALA}, {@code SERTA_MERTA} or
 * {@code SETIAP_SAAT}, spaces allowed), {@code unit} (an active unit's code), {@code penanggung_jawab},
 * {@code waktu_tempat}, {@code bentuk} ({@code softcopy}, {@code hardcopy} or both, separated by a comma or
 * semicolon), {@code retensi} and, optionally, {@code tautan}. Each valid row is listed open, as the form lists it; a
 * row whose unit and title are already listed is reported as such, so importing a file again lists nothing twice;
 * each invalid row is named with its line and reason and lists nothing. A file that is not such a CSV is refused
 * whole.
 */
@Component
class InformationCsvImport {

    static final CsvUploads.Limits LIMITS = new CsvUploads.Limits(1024 * 1024, 1000, Set.of("judul", "ringkasan",
            "kategori", "unit", "penanggung_jawab", "waktu_tempat", "bentuk", "retensi"));

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Units units;
    private final FieldMessages messages;

    InformationCsvImport(CommandGateway commands, QueryGateway queries, Units units, FieldMessages messages) {
        this.commands = commands;
        this.queries = queries;
        this.units = units;
        this.messages = messages;
    }

    Mono<CsvUploads.Imported> read(FilePart part, OfficerId officer, Locale locale) {
        return CsvUploads.importFile(part, LIMITS, () -> {
            Set<String> active = units.active().stream().map(Units.Unit::code).collect(Collectors.toSet());
            return (record, header) -> take(description(record, header, active), officer);
        }, reason -> messages.text("information.import." + reason, locale, LIMITS.maxRows()));
    }

    private CsvUploads.Taken take(InformationDescription description, OfficerId officer) {
        ListedInformationId id = idOf(description);
        Optional<ListedInformationEntry> before = find(id);
        if (before.isPresent()) {
            return new CsvUploads.Taken(false, id.value(), before.get().number(), description.title());
        }
        Optional<ListedInformationNumber> number = list(id, description, officer);
        return new CsvUploads.Taken(number.isPresent(), id.value(),
                number.map(ListedInformationNumber::value).orElse(null), description.title());
    }

    /** The number the information was listed under; none when another import listed the same row meanwhile. */
    private Optional<ListedInformationNumber> list(ListedInformationId id, InformationDescription description,
            OfficerId officer) {
        try {
            return Optional.of(commands.sendAndWait(new ListInformation(id, description, officer)));
        } catch (RuntimeException e) {
            if (Causes.find(e, AggregateStreamCreationException.class).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<ListedInformationEntry> find(ListedInformationId id) {
        return queries.query(new FindListedInformation(id.value()),
                ResponseTypes.optionalInstanceOf(ListedInformationEntry.class)).join();
    }

    /** The same unit and title, however spaced or capitalised, is the same piece of information. */
    private static ListedInformationId idOf(InformationDescription description) {
        String key = "informasi:" + description.unit().value() + ":"
                + description.title().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return ListedInformationId.of(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }

    private static InformationDescription description(CSVRecord record, List<String> header, Set<String> active) {
        String title = column(record, header, "judul", 300);
        String summary = column(record, header, "ringkasan", 4000);
        String categoryText = column(record, header, "kategori", 40);
        String unit = column(record, header, "unit", 40);
        String responsible = column(record, header, "penanggung_jawab", 200);
        String madeWhen = column(record, header, "waktu_tempat", 200);
        String formsText = column(record, header, "bentuk", 40);
        String retention = column(record, header, "retensi", 200);
        if (title == null || summary == null || categoryText == null || unit == null || responsible == null
                || madeWhen == null || formsText == null || retention == null) {
            throw new RowProblem("missing");
        }
        InformationCategory category = Arrays.stream(InformationCategory.values())
                .filter(value -> value.name().equalsIgnoreCase(categoryText.replaceAll("[\\s-]+", "_")))
                .findFirst().orElseThrow(() -> new RowProblem("category"));
        if (!active.contains(unit.toUpperCase(Locale.ROOT))) {
            throw new RowProblem("unit");
        }
        List<InformationForm> forms = new ArrayList<>();
        for (String form : formsText.split("[,;/]")) {
            forms.add(Arrays.stream(InformationForm.values())
                    .filter(value -> value.name().equalsIgnoreCase(form.strip())).findFirst()
                    .orElseThrow(() -> new RowProblem("forms")));
        }
        String link = column(record, header, "tautan", 500);
        if (link != null && !link.matches("https?://\\S+")) {
            throw new RowProblem("url");
        }
        return new InformationDescription(title, summary, category, UnitId.of(unit.toUpperCase(Locale.ROOT)),
                responsible, madeWhen, forms, retention, link);
    }
}
