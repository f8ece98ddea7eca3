package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.faults.Ledger.Kind;
import id.go.cilegon.sigap.webapp.faults.Ledger.Registration;
import id.go.cilegon.sigap.webapp.faults.Ledger.Transition;
import id.go.cilegon.sigap.webapp.faults.StoreView.StoredEvent;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** What a {@link Ledger} promises, checked against a store's events and a node's pages. */
final class Acknowledgements {

    private Acknowledgements() {
    }

    /**
     * Every acknowledged registration is an event with its number and the hash of the citizen's tracking code, every
     * acknowledged officer action is the event it named at the sequence it answered, no number is in two events, and
     * each register's numbers run from 1 without gaps beyond the registrations that got no answer.
     *
     * @return how many numbers each register holds, for the report
     */
    static Map<String, Integer> assertStored(Ledger ledger, List<StoredEvent> events) {
        Map<String, List<String>> hashesByNumber = new HashMap<>();
        Map<String, Long> actions = sequences(events);
        for (StoredEvent event : events) {
            if (event.type().equals("InformationRequestRegistered")) {
                hashesByNumber.computeIfAbsent(event.payload().path("registrationNumber").asString(),
                        number -> new ArrayList<>()).add(event.payload().path("trackingCodeHash").asString());
            } else if (event.type().equals("ComplaintRegistered")) {
                hashesByNumber.computeIfAbsent(event.payload().path("number").asString(),
                        number -> new ArrayList<>()).add(event.payload().path("trackingCodeHash").asString());
            }
        }
        hashesByNumber.forEach((number, hashes) ->
                assertThat(hashes).as("events registering %s (a number issued twice)", number).hasSize(1));

        for (Registration registration : ledger.registrations()) {
            String hash = TrackingCode.parse(registration.trackingCode()).orElseThrow().hash();
            assertThat(hashesByNumber.get(registration.number()))
                    .as("the stored registration of %s, acknowledged by %s", registration.number(), registration.node())
                    .containsExactly(hash);
        }
        for (Transition transition : ledger.transitions()) {
            assertThat(actions).as("the %s acknowledged by %s", transition.eventType(), transition.node())
                    .containsKey(transition.requestId() + " " + transition.eventType());
        }

        Map<String, TreeSet<Integer>> registers = new TreeMap<>();
        hashesByNumber.keySet().forEach(number -> registers.computeIfAbsent(
                number.substring(0, number.lastIndexOf('/')), register -> new TreeSet<>())
                .add(Integer.parseInt(number.substring(number.lastIndexOf('/') + 1))));
        Map<String, Integer> counts = new TreeMap<>();
        int gaps = 0;
        for (Map.Entry<String, TreeSet<Integer>> register : registers.entrySet()) {
            gaps += register.getValue().last() - register.getValue().size();
            counts.put(register.getKey(), register.getValue().size());
        }
        assertThat(gaps).as("numbers missing in %s, beyond the %d registrations that got no answer", registers,
                ledger.unansweredRegistrations()).isLessThanOrEqualTo(ledger.unansweredRegistrations());
        return counts;
    }

    /**
     * Every acknowledged case is shown to its citizen by tracking code, and every acknowledged action shows in the
     * officer's case file, within {@code limit} (the read models trail the events).
     */
    static void assertVisible(Ledger ledger, List<StoredEvent> events, int port, String officer, String password,
            Duration limit) {
        Map<String, Long> actions = sequences(events);
        Http citizen = new Http(port);
        Http desk = new Http(port);
        desk.logIn(officer, password);
        List<Check> pending = new ArrayList<>();
        for (Registration registration : ledger.registrations()) {
            String path = registration.kind() == Kind.REQUEST
                    ? "/api/v1/status-permohonan/" + registration.trackingCode()
                    : "/api/v1/status-pengaduan/" + registration.trackingCode();
            String field = registration.kind() == Kind.REQUEST ? "nomorPendaftaran" : "nomorPengaduan";
            pending.add(new Check(registration.number() + " on its status page", citizen, path,
                    body -> StoreView.JSON.readTree(body).path(field).asString().equals(registration.number())));
        }
        for (Transition transition : ledger.transitions()) {
            long sequence = actions.get(transition.requestId() + " " + transition.eventType());
            pending.add(new Check(transition.eventType() + " of " + transition.requestId() + " in the case file",
                    desk, "/api/v1/petugas/permohonan/" + transition.requestId(),
                    body -> StoreView.JSON.readTree(body).path("berkas").path("lastSequence").asLong() >= sequence));
        }
        Instant giveUp = Instant.now().plus(limit);
        while (true) {
            pending.removeIf(Check::holds);
            if (pending.isEmpty()) {
                return;
            }
            assertThat(Instant.now()).as("%d acknowledged commands not shown after %s, e.g. %s", pending.size(),
                    limit, pending.get(0)).isBefore(giveUp);
            SigapProcess.pause(250);
        }
    }

    /** The sequence of each stored event by {@code "<aggregate id> <event type>"}. */
    private static Map<String, Long> sequences(List<StoredEvent> events) {
        Map<String, Long> sequences = new HashMap<>();
        for (StoredEvent event : events) {
            String key = event.streamKey();
            int slash = key.lastIndexOf('/');
            sequences.put(key.substring(0, slash) + " " + event.type(), Long.parseLong(key.substring(slash + 1)));
        }
        return sequences;
    }

    private static final class Check {
        private final String what;
        private final Http visitor;
        private final String path;
        private final Predicate<String> shown;
        private String last = "(not asked yet)";

        Check(String what, Http visitor, String path, Predicate<String> shown) {
            this.what = what;
            this.visitor = visitor;
            this.path = path;
            this.shown = shown;
        }

        boolean holds() {
            EntityExchangeResult<String> answer = visitor.getJson(path);
            last = answer.getStatus() + " " + answer.getResponseBody();
            return answer.getStatus() == HttpStatus.OK && shown.test(answer.getResponseBody());
        }

        @Override
        public String toString() {
            return what + " (GET " + path + ": " + last + ")";
        }
    }
}
