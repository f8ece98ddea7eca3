package id.go.cilegon.sigap.command.shared.api;

/** How a case reached the agency. Officer-entered cases record the channel the citizen actually used. */
public enum Channel {
    WEB,
    WHATSAPP,
    DATANG_LANGSUNG,
    SURAT,
    EMAIL,
    TELEPON,
    /** A message or post on the city's social media accounts. */
    MEDIA_SOSIAL,
    /** A partner application through the Open311 GeoReport v2 interface. */
    OPEN311
}
