package id.go.cilegon.sigap.webapp.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the load was told: every command Sigap acknowledged (an answer with its number or sequence), and how many
 * commands got no answer (the node died under them, or refused them) — the only ones that may be missing afterwards.
 */
final class Ledger {

    enum Kind {
        /** A request for information: number {@code PPID/…}, answered 201. */
        REQUEST,
        /** A complaint: number {@code ADUAN/…}, answered 201. */
        COMPLAINT
    }

    /** A citizen's case as acknowledged: its number and the tracking code the citizen was given. */
    record Registration(Kind kind, String number, String trackingCode, String node) {
    }

    /**
     * An officer's action as acknowledged: the case and the event it must have stored (one action per case). The
     * answer's sequence is not kept: it is read from the read model, which may trail the event when it is answered.
     */
    record Transition(String requestId, String eventType, String node) {
    }

    private final List<Registration> registrations = new ArrayList<>();
    private final List<Transition> transitions = new ArrayList<>();
    private final Set<String> actedOn = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unansweredRegistrations = new AtomicInteger();
    private final AtomicInteger unansweredTransitions = new AtomicInteger();

    synchronized void acknowledged(Registration registration) {
        registrations.add(registration);
    }

    synchronized void acknowledged(Transition transition) {
        transitions.add(transition);
    }

    /** Claims {@code requestId} for one officer action; false if one was already tried on it. */
    boolean actOn(String requestId) {
        return actedOn.add(requestId);
    }

    void unansweredRegistration() {
        unansweredRegistrations.incrementAndGet();
    }

    void unansweredTransition() {
        unansweredTransitions.incrementAndGet();
    }

    synchronized List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    synchronized List<Registration> registrations(Kind kind) {
        return registrations.stream().filter(registration -> registration.kind() == kind).toList();
    }

    synchronized List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    /** Registrations {@code node} acknowledged. */
    synchronized long acknowledgedBy(String node) {
        return registrations.stream().filter(registration -> registration.node().equals(node)).count();
    }

    int unansweredRegistrations() {
        return unansweredRegistrations.get();
    }

    int unansweredTransitions() {
        return unansweredTransitions.get();
    }

    synchronized String summary() {
        return registrations(Kind.REQUEST).size() + " requests and " + registrations(Kind.COMPLAINT).size()
                + " complaints registered, " + transitions.size() + " officer actions acknowledged; "
                + unansweredRegistrations + " registrations and " + unansweredTransitions + " actions unanswered";
    }
}
