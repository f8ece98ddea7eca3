package id.go.cilegon.sigap.command.personaldata.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * These people's keys were deleted before this event was stored: their data in every event now reads as erased.
 * Every read model that copied it scrubs the roles listed here.
 *
 * @param erasedBy the admin, or {@code null} when the retention rule erased
 */
public record DataSubjectsErased(
        DataSubjectRequestId requestId,
        List<PersonInCase> people,
        RequestBasis basis,
        String reference,
        String note,
        OfficerId erasedBy,
        Instant erasedAt) implements DomainEvent {

    /** The erased roles on each case of this kind, by case id: what a read model of that kind must scrub. */
    public Map<String, Set<PersonInCase.Role>> rolesByCase(PersonInCase.CaseKind kind) {
        Map<String, Set<PersonInCase.Role>> roles = new LinkedHashMap<>();
        people.stream().filter(person -> person.kind() == kind).forEach(person -> roles
                .computeIfAbsent(person.caseId(), id -> EnumSet.noneOf(PersonInCase.Role.class)).add(person.role()));
        return roles;
    }
}
