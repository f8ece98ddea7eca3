package id.go.cilegon.sigap.command.informationlist.api;

/** Which list a piece of information stands in now. */
public enum ListedInformationStatus {
    /** In the Daftar Informasi Publik: open to everyone. */
    TERBUKA,
    /** In the Daftar Informasi yang Dikecualikan, after a consequence test, until its exemption ends. */
    DIKECUALIKAN,
    /** No longer held (handed to the archive, destroyed under the retention schedule): in neither list. */
    DITARIK;

    public boolean isFinal() {
        return this == DITARIK;
    }
}
