package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of one case as the reveal page lists them: each field by its message key, masked or whole.
 *
 * @param people empty when the case holds nobody's data (anonymous, or erased)
 */
public record PersonalDataView(List<Person> people) {

    /** @param role the message key of the person's part in the case */
    public record Person(String role, List<Field> fields) {
    }

    /** @param label the message key of the field */
    public record Field(String label, String value) {
    }

    public static PersonalDataView of(Requester requester, Proxy proxy, boolean whole) {
        List<Person> people = new ArrayList<>();
        if (requester != null) {
            Requester shown = whole ? requester : Masked.requester(requester);
            people.add(new Person("case.requester", fields(
                    "personal.field.name", shown.name(),
                    "personal.identity." + shown.identityKind().name(), shown.identityNumber(),
                    "personal.field.address", shown.address(),
                    "personal.field.phone", shown.phone(),
                    "personal.field.email", shown.email(),
                    "personal.field.occupation", shown.occupation())));
        }
        if (proxy != null) {
            Proxy shown = whole ? proxy : Masked.proxy(proxy);
            people.add(new Person("case.proxy", fields(
                    "personal.field.name", shown.name(),
                    "personal.identity.NIK", shown.nik(),
                    "personal.field.address", shown.address(),
                    "personal.field.phone", shown.phone(),
                    "personal.field.email", shown.email())));
        }
        return new PersonalDataView(List.copyOf(people));
    }

    public static PersonalDataView of(Complainant complainant, boolean whole) {
        if (complainant == null) {
            return new PersonalDataView(List.of());
        }
        Complainant shown = whole ? complainant : Masked.complainant(complainant);
        return new PersonalDataView(List.of(new Person("complaint.case.complainant", fields(
                "personal.field.name", shown.name(),
                "personal.identity.NIK", shown.nik(),
                "personal.field.phone", shown.phone(),
                "personal.field.email", shown.email(),
                "personal.field.address", shown.address()))));
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    /** Pairs of label and value; an empty value (an optional field left blank) is left out. */
    private static List<Field> fields(String... pairs) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                fields.add(new Field(pairs[i], pairs[i + 1]));
            }
        }
        return List.copyOf(fields);
    }
}
