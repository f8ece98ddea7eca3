package id.go.cilegon.sigap.query.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** The display values of a timeline entry, by key, leaving out those that are absent. */
public final class TimelineDetails {

    private TimelineDetails() {
    }

    /** @param keysAndValues key, value, key, value, …; a {@code null} value leaves its key out */
    public static Map<String, String> of(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }
}
