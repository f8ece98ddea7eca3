package id.go.cilegon.sigap.query.informationlist;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.informationlist.api.FindListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;

/** Answers the lists' pages, their downloads and the exemption watch from {@link InformationListProjection}. */
public class InformationListQueries {

    private final MongoCollection<ListedInformationEntry> information;

    public InformationListQueries(MongoDatabase database) {
        this.information = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(InformationListProjection.INFORMATION, ListedInformationEntry.class);
    }

    @QueryHandler
    public Optional<ListedInformationEntry> handle(FindListedInformation query) {
        return Optional.ofNullable(information.find(eq("_id", query.listedInformationId())).first());
    }

    @QueryHandler
    public List<ListedInformationEntry> handle(ListListedInformation query) {
        List<Bson> filters = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            filters.add(in("status", query.statuses().stream().map(Enum::name).toList()));
        }
        return Listings.sorted(information.find(Listings.matchingAll(filters)),
                Comparator.comparing(ListedInformationEntry::number));
    }
}
