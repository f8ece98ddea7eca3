package id.go.cilegon.sigap.query.opinion;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionAlert;
import id.go.cilegon.sigap.query.opinion.api.FindOpinionSignal;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionAlerts;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionCounts;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionSignals;
import id.go.cilegon.sigap.query.opinion.api.OpinionAlertView;
import id.go.cilegon.sigap.query.opinion.api.OpinionCount;
import id.go.cilegon.sigap.query.opinion.api.OpinionSignalView;
import id.go.cilegon.sigap.query.shared.Listings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Answers the dashboard, the list of texts behind a figure, and the alerts. */
public class OpinionQueries {

    private final MongoCollection<Document> signals;
    private final MongoCollection<Document> counts;
    private final MongoCollection<Document> alerts;

    public OpinionQueries(MongoDatabase database) {
        this.signals = database.getCollection(OpinionProjection.SIGNALS);
        this.counts = database.getCollection(OpinionProjection.COUNTS);
        this.alerts = database.getCollection(OpinionProjection.ALERTS);
    }

    @QueryHandler
    List<OpinionCount> handle(ListOpinionCounts query) {
        List<OpinionCount> found = new ArrayList<>();
        Listings.batched(counts.find(and(gte("day", query.from().toString()), lte("day", query.to().toString())))
                        .sort(Sorts.ascending("_id")))
                .forEach(counter -> found.add(new OpinionCount(LocalDate.parse(counter.getString("day")),
                        SignalSource.valueOf(counter.getString("source")), counter.getString("channel"),
                        counter.getString("topic"), Sentiment.valueOf(counter.getString("sentiment")),
                        counter.getString("kecamatan"), counter.getString("unit"), counter.getLong("count"))));
        return found;
    }

    @QueryHandler
    List<OpinionSignalView> handle(ListOpinionSignals query) {
        List<Bson> filters = new ArrayList<>(List.of(gte("day", query.from().toString()),
                lte("day", query.to().toString())));
        if (query.topic() != null) {
            filters.add(eq("topic", query.topic()));
        }
        if (query.kecamatan() != null) {
            filters.add(eq("kecamatan", query.kecamatan()));
        }
        if (query.sentiment() != null) {
            filters.add(eq("sentiment", query.sentiment().name()));
        }
        List<OpinionSignalView> found = new ArrayList<>();
        signals.find(and(filters)).sort(Sorts.descending("at")).limit(query.limit())
                .forEach(signal -> found.add(signal(signal)));
        return found;
    }

    @QueryHandler
    Optional<OpinionSignalView> handle(FindOpinionSignal query) {
        return Optional.ofNullable(signals.find(eq("_id", query.caseId())).first()).map(OpinionQueries::signal);
    }

    @QueryHandler
    List<OpinionAlertView> handle(ListOpinionAlerts query) {
        List<Bson> filters = new ArrayList<>();
        if (query.from() != null) {
            filters.add(gte("day", query.from().toString()));
        }
        if (query.unraisedOnly()) {
            filters.add(eq("raisedAt", null));
        }
        List<OpinionAlertView> found = new ArrayList<>();
        alerts.find(Listings.matchingAll(filters))
                .sort(Sorts.orderBy(Sorts.descending("day"), Sorts.descending("negative")))
                .forEach(alert -> found.add(alert(alert)));
        return found;
    }

    @QueryHandler
    Optional<OpinionAlertView> handle(FindOpinionAlert query) {
        return Optional.ofNullable(alerts.find(eq("_id", query.alertId())).first()).map(OpinionQueries::alert);
    }

    private static OpinionSignalView signal(Document signal) {
        Document machine = signal.get("machine", Document.class);
        Document officer = signal.get("officer", Document.class);
        return new OpinionSignalView(signal.getString("_id"), SignalSource.valueOf(signal.getString("source")),
                signal.getString("number"), signal.getString("channel"), LocalDate.parse(signal.getString("day")),
                signal.getDate("at").toInstant(), signal.getString("excerpt"), signal.getString("kecamatan"),
                signal.getString("unit"), signal.getString("topic"), Sentiment.valueOf(signal.getString("sentiment")),
                new OpinionSignalView.Machine(machine.getString("topic"), machine.getList("keywords", String.class),
                        Sentiment.valueOf(machine.getString("sentiment")), machine.getDouble("score"),
                        machine.getList("evidence", String.class)),
                officer == null ? null : new OpinionSignalView.Judgement(officer.getString("topic"),
                        Sentiment.valueOf(officer.getString("sentiment")), officer.getString("by"),
                        officer.getDate("at").toInstant(), officer.getString("reason"), officer.getString("via")));
    }

    private static OpinionAlertView alert(Document alert) {
        return new OpinionAlertView(alert.getString("_id"), LocalDate.parse(alert.getString("day")),
                AlertDimension.valueOf(alert.getString("dimension")), alert.getString("value"),
                alert.getLong("negative"), alert.getDouble("baselinePerDay"),
                alert.getDate("raisedAt") == null ? null : alert.getDate("raisedAt").toInstant(),
                alert.getString("mediaIssueId"), alert.getString("mediaIssueNumber"));
    }
}
