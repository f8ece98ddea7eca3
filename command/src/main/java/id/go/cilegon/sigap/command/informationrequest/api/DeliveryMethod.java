package id.go.cilegon.sigap.command.informationrequest.api;

/** <i>Cara mendapatkan salinan</i>: how the information reaches the requester. */
public enum DeliveryMethod {
    DIAMBIL_LANGSUNG,
    POS_KURIR,
    EMAIL,
    WHATSAPP
}
