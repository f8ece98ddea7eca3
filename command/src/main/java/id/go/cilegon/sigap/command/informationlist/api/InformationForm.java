package id.go.cilegon.sigap.command.informationlist.api;

/** The form the PPID holds a piece of information in (the DIP's "bentuk informasi yang tersedia"). */
public enum InformationForm {
    SOFTCOPY,
    HARDCOPY
}
