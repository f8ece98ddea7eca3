package id.go.cilegon.sigap.webapp.whatsapp;

import java.util.List;

/**
 * A hand-over as the officers' inbox shows it: the citizen's number with its middle hidden, the times in office
 * time, and whether a free-text reply can still reach them (their 24-hour window).
 *
 * @param waiting the citizen wrote last and no officer has answered since
 */
public record HandoverView(String id, String contact, String openedAt, String lastFromCitizen, boolean open,
        boolean inWindow, boolean waiting, String preview, List<LineView> lines) {

    /** @param officer the officer's user name, or {@code null} for the citizen */
    public record LineView(String officer, String text, String at) {

        public boolean fromCitizen() {
            return officer == null;
        }
    }
}
