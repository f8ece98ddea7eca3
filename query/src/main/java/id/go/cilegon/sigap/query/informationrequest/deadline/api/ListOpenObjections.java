package id.go.cilegon.sigap.query.informationrequest.deadline.api;

/** Every keberatan still waiting for the Atasan PPID's answer, breached or not, earliest due date first. */
public record ListOpenObjections() {
}
