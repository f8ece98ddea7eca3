package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.documents.Downloads;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The PPID's two lists for everyone (UU KIP Pasal 11: the list of public information is itself available at any
 * time): the Daftar Informasi Publik, narrowed by category and words, and the Daftar Informasi yang Dikecualikan with
 * each exemption's grounds, law, consequences and end; each as a page and as a CSV file.
 */
@Controller
class PublicInformationLists {

    private static final String PUBLIC_CACHE = "public, max-age=300";

    private final Messaging messaging;
    private final InformationListView view;
    private final Units units;

    PublicInformationLists(Messaging messaging, InformationListView view, Units units) {
        this.messaging = messaging;
        this.view = view;
        this.units = units;
    }

    @GetMapping("/informasi-publik")
    Mono<String> publicList(@RequestParam(name = "kategori", required = false) String kategori,
            @RequestParam(name = "cari", required = false) String cari, Locale locale, Model model) {
        InformationCategory category = FilterParameters.choice(InformationCategory.class, kategori, "kategori");
        return lines(ListedInformationStatus.TERBUKA, category, cari, locale).map(lines -> {
            model.addAttribute("lines", lines);
            model.addAttribute("exempt", false);
            model.addAttribute("categories", Arrays.asList(InformationCategory.values()));
            model.addAttribute("kategori", category == null ? "" : category.name());
            model.addAttribute("cari", cari == null ? "" : cari.strip());
            model.addAttribute("csv", link("/informasi-publik.csv", category, cari));
            return "informasi/daftar";
        });
    }

    @GetMapping("/informasi-publik.csv")
    Mono<ResponseEntity<byte[]>> publicListCsv(@RequestParam(name = "kategori", required = false) String kategori,
            @RequestParam(name = "cari", required = false) String cari, Locale locale) {
        InformationCategory category = FilterParameters.choice(InformationCategory.class, kategori, "kategori");
        return lines(ListedInformationStatus.TERBUKA, category, cari, locale).map(lines -> Downloads.attachment(
                view.publicList(lines, locale).toCsv(), Downloads.CSV, "daftar-informasi-publik.csv", PUBLIC_CACHE));
    }

    @GetMapping("/informasi-publik/dikecualikan")
    Mono<String> exemptList(@RequestParam(name = "cari", required = false) String cari, Locale locale, Model model) {
        return lines(ListedInformationStatus.DIKECUALIKAN, null, cari, locale).map(lines -> {
            model.addAttribute("lines", lines);
            model.addAttribute("exempt", true);
            model.addAttribute("categories", List.of());
            model.addAttribute("kategori", "");
            model.addAttribute("cari", cari == null ? "" : cari.strip());
            model.addAttribute("csv", link("/informasi-publik/dikecualikan.csv", null, cari));
            return "informasi/daftar";
        });
    }

    @GetMapping("/informasi-publik/dikecualikan.csv")
    Mono<ResponseEntity<byte[]>> exemptListCsv(@RequestParam(name = "cari", required = false) String cari,
            Locale locale) {
        return lines(ListedInformationStatus.DIKECUALIKAN, null, cari, locale).map(lines -> Downloads.attachment(
                view.exemptList(lines, locale).toCsv(), Downloads.CSV, "daftar-informasi-dikecualikan.csv",
                PUBLIC_CACHE));
    }

    private Mono<List<InformationListView.Line>> lines(ListedInformationStatus status, InformationCategory category,
            String cari, Locale locale) {
        List<String> words = InformationListView.words(cari);
        return messaging.query(ListListedInformation.of(status),
                        ResponseTypes.multipleInstancesOf(ListedInformationEntry.class))
                .publishOn(Schedulers.boundedElastic())
                .map(entries -> {
                    Units.Names names = units.names();
                    return entries.stream()
                            .filter(entry -> category == null || entry.description().category() == category)
                            .map(entry -> view.line(entry, names, locale))
                            .filter(line -> line.matches(words))
                            .toList();
                });
    }

    private static String link(String path, InformationCategory category, String cari) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (category != null) {
            uri.queryParam("kategori", category.name());
        }
        String text = FilterParameters.text(cari);
        if (text != null) {
            uri.queryParam("cari", text);
        }
        return uri.build().encode().toUriString();
    }
}
