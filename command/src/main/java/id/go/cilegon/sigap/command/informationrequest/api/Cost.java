package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * The cost of obtaining the information and how to pay it (UU KIP Pasal 22(7)(g)). The service itself is free;
 * only copying and delivery may be charged, and an unreasonable charge is a ground for objection (Pasal 35(1)(f)).
 *
 * @param rupiah   the amount in whole rupiah; {@code 0} when nothing is charged
 * @param howToPay how and where to pay, or that nothing is to be paid
 */
public record Cost(long rupiah, String howToPay) {

    /** Whether there is anything to pay; an objection about charges needs a charge. */
    public boolean chargesSomething() {
        return rupiah > 0;
    }
}
