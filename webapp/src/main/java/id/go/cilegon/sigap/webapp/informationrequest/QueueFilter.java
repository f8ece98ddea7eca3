package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import java.util.Arrays;

/**
 * The queue's filters, as the GET form sends them; a value that is not one of the choices is ignored rather than
 * refused, since a filter only narrows what an officer sees.
 *
 * @param nomor  a registration number, or blank for every request
 * @param status a status name, or blank for every status
 * @param unit   a unit's code, or blank for every unit
 * @param sisa   at most this many hari kerja left before the notice is due, or blank
 * @param halaman the page, from 1
 */
record QueueFilter(String nomor, String status, String unit, String sisa, String halaman) {

    String numberOrNull() {
        return FilterParameters.number(nomor);
    }

    InformationRequestStatus statusOrNull() {
        return Arrays.stream(InformationRequestStatus.values()).filter(known -> known.name().equals(status))
                .findFirst().orElse(null);
    }

    String unitOrNull() {
        return unit == null || unit.isBlank() ? null : unit.strip();
    }

    Integer workingDaysLeftOrNull() {
        if (sisa == null || !sisa.strip().matches("-?\\d{1,3}")) {
            return null;
        }
        return Integer.valueOf(sisa.strip());
    }
}
