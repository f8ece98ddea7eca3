package id.go.cilegon.sigap.command.shared.api;

/**
 * Marker for every event Sigap stores. Events are facts: they carry no validation, because an event written
 * years ago must still load after today's rules change. The serializer round-trip test finds every
 * implementation of this interface and insists on sample data for it.
 */
public interface DomainEvent {
}
