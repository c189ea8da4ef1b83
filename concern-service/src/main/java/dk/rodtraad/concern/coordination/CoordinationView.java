package dk.rodtraad.concern.coordination;

import dk.rodtraad.concern.access.Professional;

import java.util.List;
import java.util.UUID;

/**
 * Who works on a child's case: the disciplines, the tovholder and every involved professional. Give
 * {@code version} back when naming or handing over the tovholder.
 */
public record CoordinationView(UUID childId, long version, List<String> disciplines, boolean crossDisciplinary,
        String tovholder, boolean open, List<Professional> involved) {

    static CoordinationView of(Coordination coordination, List<Professional> involved) {
        return new CoordinationView(coordination.childId, coordination.version, coordination.disciplines,
                coordination.state().crossDisciplinary(), coordination.tovholder, coordination.open, involved);
    }
}
