package id.go.cilegon.sigap.webapp.unit;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The organisational units (OPD) a case can be forwarded to, each with its PPID Pelaksana. Units are reference
 * data an admin keeps up to date as the city's organisation changes; a unit is deactivated, never deleted, so
 * cases forwarded to it keep their history.
 */
@Component
public class Units {

    static final String COLLECTION = "units";

    private final MongoCollection<Document> units;

    public Units(MongoDatabase database) {
        this.units = database.getCollection(COLLECTION);
    }

    public List<Unit> all() {
        List<Unit> all = new ArrayList<>();
        units.find().forEach(document -> all.add(toUnit(document)));
        all.sort(Comparator.comparing(Unit::active).reversed().thenComparing(Unit::name));
        return all;
    }

    public List<Unit> active() {
        return activeOf(all());
    }

    /** The active ones of {@code units}: for a page that has read them all already. */
    public static List<Unit> activeOf(List<Unit> units) {
        return units.stream().filter(Unit::active).toList();
    }

    /** The unit's name for a page, or its code when the unit is unknown; "" for no unit. */
    public String name(String code) {
        return code == null ? "" : find(code).map(Unit::name).orElse(code);
    }

    /** Every unit's name, read at once: for a page that names many cases' units. */
    public Names names() {
        return Names.of(all());
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(units.find(eq("_id", code)).first()).map(Units::toUnit);
    }

    public void save(Unit unit) {
        units.replaceOne(eq("_id", unit.code()), new Document("_id", unit.code())
                .append("name", unit.name()).append("active", unit.active()), new ReplaceOptions().upsert(true));
    }

    private static Unit toUnit(Document document) {
        return new Unit(document.getString("_id"), document.getString("name"), document.getBoolean("active", true));
    }

    /** The units' names by code as they were read, for one page. */
    public record Names(Map<String, String> byCode) {

        /** The names of {@code units}, already read for the page. */
        public static Names of(List<Unit> units) {
            return new Names(units.stream().collect(Collectors.toUnmodifiableMap(Unit::code, Unit::name)));
        }

        /** As {@link Units#name(String)}: the code of an unknown unit, "" for no unit. */
        public String of(String code) {
            return code == null ? "" : byCode.getOrDefault(code, code);
        }
    }

    /**
     * @param code short stable code, e.g. {@code DISDIKBUD}; it is what cases refer to
     * @param name the unit's official name
     */
    public record Unit(String code, String name, boolean active) {
    }
}
