package dk.rodtraad.chassis.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The refused attempts of one HTTP request, kept until its answer is ready
 * ({@link dk.rodtraad.chassis.web.RefusalRecorder}). A refusal is found inside the request's transaction, which then
 * rolls back; recording it there would need a second database connection while the first is held, and under load
 * (an attacker trying child ids, twenty at a time) every request would hold one connection and wait for another: the
 * pool deadlocked until its 30-s timeout.
 */
@RequestScoped
class RefusalsToRecord {

    private final List<AuditEntry> entries = new ArrayList<>();

    void add(AuditEntry entry) {
        entries.add(entry);
    }

    /** The refusals kept so far, handed over once: a second call gets only those added since. */
    List<AuditEntry> takeAll() {
        var taken = List.copyOf(entries);
        entries.clear();
        return taken;
    }
}
