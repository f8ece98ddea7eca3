package id.go.cilegon.sigap.webapp.personaldata;

import java.util.List;
import java.util.Map;

/**
 * A feature that keeps a person's data outside the events (the WhatsApp bridge keeps their number and
 * conversation): it hands it over for a data subject's export. Its erasure follows the {@code DataSubjectsErased}
 * event like every read model's.
 */
public interface HeldElsewhere {

    /** The section's name in the export file, e.g. {@code whatsapp}. */
    String section();

    /** What the feature holds about the people of these cases; empty when nothing. */
    List<Map<String, Object>> heldAbout(List<String> caseIds);
}
