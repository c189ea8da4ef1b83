package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.catalogue.intervention.InterventionRevision.Change;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.contracts.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.util.List;
import java.util.UUID;

/**
 * The catalogue of interventions (indsatskatalog): the katalogredaktør creates, edits, publishes, pauses and retires
 * interventions; every step is kept as a revision, and every step others can see goes out as an event.
 */
@ApplicationScoped
public class Interventions {

    private final Outbox outbox;
    private final SharedLanguage language;
    private final StoredTime time;

    public Interventions(Outbox outbox, SharedLanguage language, StoredTime time) {
        this.time = time;
        this.outbox = outbox;
        this.language = language;
    }

    @WithSession
    public Uni<Intervention> get(UUID id, Audience audience) {
        return Intervention.<Intervention>findById(id)
                .map(found -> found != null && audience.sees(found) ? found : null)
                .onItem().ifNull().failWith(Interventions::missing);
    }

    /** An intervention that is not there, or not for the reader's eyes: nothing about a child, so pages may say so. */
    public static NotFound missing() {
        return NotFound.nameable("Indsatsen findes ikke, eller den er ikke offentliggjort.");
    }

    @WithSession
    public Uni<List<InterventionRevision>> history(UUID id) {
        return get(id, Audience.EDITOR).chain(found -> InterventionRevision.newestFirst(found.id));
    }

    /** Any rule the content breaks, named by field; empty when it may be saved. */
    public Uni<List<FieldError>> problemsWith(InterventionContent content) {
        return language.currentSigns().map(signs -> InterventionRules.check(content, signs.keySet()));
    }

    @WithTransaction
    public Uni<Intervention> create(InterventionContent content, String editor) {
        return requireSound(content)
                .chain(() -> Intervention.findByCode(content.code()))
                .chain(existing -> {
                    if (existing != null) {
                        throw new InvalidInputException("code", "Koden bruges allerede af " + existing.name);
                    }
                    var intervention = new Intervention();
                    intervention.id = UUID.randomUUID();
                    intervention.status = InterventionStatus.DRAFT;
                    intervention.revision = 1;
                    intervention.write(content);
                    stamp(intervention, editor);
                    return intervention.<Intervention>persist();
                })
                .call(created -> InterventionRevision.of(created, Change.CREATED).persist());
    }

    @WithTransaction
    public Uni<Intervention> edit(UUID id, long expectedVersion, InterventionContent content, String editor) {
        return requireSound(content)
                .chain(() -> current(id, expectedVersion))
                .invoke(intervention -> {
                    if (intervention.status == InterventionStatus.RETIRED) {
                        throw new Conflict("Indsatsen er udgået og kan ikke ændres.");
                    }
                    if (!intervention.code.equals(content.code())) {
                        throw new InvalidInputException("code", "Koden kan ikke ændres: CSV-filer og Vejviseren bruger den");
                    }
                    intervention.write(content);
                    intervention.revision++;
                    stamp(intervention, editor);
                })
                .call(intervention -> save(intervention, Change.EDITED));
    }

    @WithTransaction
    public Uni<Intervention> changeStatus(UUID id, long expectedVersion, InterventionStatus next, String editor) {
        return current(id, expectedVersion)
                .invoke(intervention -> {
                    if (!intervention.status.canBecome(next)) {
                        throw new Conflict("En indsats med status '" + intervention.status.label()
                                + "' kan ikke få status '" + next.label() + "'.");
                    }
                    intervention.status = next;
                    intervention.revision++;
                    stamp(intervention, editor);
                    if (next == InterventionStatus.PUBLISHED && intervention.firstPublishedAt == null) {
                        intervention.firstPublishedAt = intervention.changedAt;
                    }
                })
                .call(intervention -> save(intervention, switch (next) {
                    case PUBLISHED -> Change.PUBLISHED;
                    case PAUSED -> Change.PAUSED;
                    case RETIRED -> Change.RETIRED;
                    case DRAFT -> throw new IllegalStateException("No step leads back to a draft");
                }));
    }

    private Uni<Void> requireSound(InterventionContent content) {
        return problemsWith(content).invoke(problems -> {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }).replaceWithVoid();
    }

    private static Uni<Intervention> current(UUID id, long expectedVersion) {
        return Intervention.<Intervention>findById(id)
                .onItem().ifNull().failWith(Interventions::missing)
                .invoke(intervention -> {
                    if (intervention.lockVersion != expectedVersion) {
                        throw new OptimisticLockException("Intervention " + id + " has changed");
                    }
                });
    }

    /** Keeps the step in the history and, when it is visible outside the catalogue's editors, tells the others. */
    private Uni<Void> save(Intervention intervention, Change change) {
        EventType event = eventOf(intervention, change);
        return Panache.flush()
                .chain(() -> InterventionRevision.of(intervention, change).persist())
                .chain(() -> event == null ? Uni.createFrom().voidItem()
                        : outbox.publish(event, intervention.id, InterventionEvents.payload(intervention)).replaceWithVoid());
    }

    /** A draft is the editors' own business: it travels only once published, and its dropping never. */
    private static EventType eventOf(Intervention intervention, Change change) {
        return switch (change) {
            case CREATED -> null;
            case EDITED -> intervention.status == InterventionStatus.DRAFT ? null : EventType.INTERVENTION_CHANGED_V1;
            case PUBLISHED -> EventType.INTERVENTION_PUBLISHED_V1;
            case PAUSED -> EventType.INTERVENTION_PAUSED_V1;
            case RETIRED -> intervention.firstPublishedAt != null ? EventType.INTERVENTION_RETIRED_V1 : null;
        };
    }

    private void stamp(Intervention intervention, String editor) {
        intervention.changedAt = time.now();
        intervention.changedBy = editor;
    }
}
