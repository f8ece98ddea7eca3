package id.go.cilegon.sigap.command.shared.api;

/** How a text speaks of the city: set by an officer at triage, or by the opinion analysis. */
public enum Sentiment {
    NEGATIF,
    NETRAL,
    POSITIF
}
