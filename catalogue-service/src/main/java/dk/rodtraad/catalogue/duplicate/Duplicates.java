package dk.rodtraad.catalogue.duplicate;

import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.chassis.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The duplicate review (dobbeltindsatser): the catalogue compares every live intervention with every other by
 * {@link DuplicateRules} and lists the look-alike pairs; the katalogredaktør marks each as coordinated, merged or
 * distinct. Computed when asked, so an edit that makes two interventions alike shows at once. A verdict may be
 * changed; a retired intervention stays retired, as every retired one does, so merging never keeps the retired one.
 */
@ApplicationScoped
public class Duplicates {

    private final Interventions interventions;
    private final StoredTime time;

    public Duplicates(Interventions interventions, StoredTime time) {
        this.time = time;
        this.interventions = interventions;
    }

    /** @param onlyOpen leave out the pairs already decided */
    @WithSession
    public Uni<List<LookAlikePair>> pairs(boolean onlyOpen) {
        return Intervention.<Intervention>list("status <> ?1 order by id", InterventionStatus.RETIRED)
                .chain(live -> DuplicateReview.<DuplicateReview>listAll().map(reviews -> {
                    var byPair = reviews.stream().collect(Collectors.toMap(r -> r.firstId + "/" + r.secondId, Function.identity()));
                    var profiles = live.stream().map(intervention -> DuplicateRules.Profile.of(intervention.content()))
                            .toList();
                    var pairs = new ArrayList<LookAlikePair>();
                    for (int i = 0; i < live.size(); i++) {
                        for (int j = i + 1; j < live.size(); j++) {
                            Intervention first = live.get(i), second = live.get(j);
                            DuplicateRules.why(profiles.get(i), profiles.get(j))
                                    .map(reason -> LookAlikePair.of(first, second, reason,
                                            byPair.get(first.id + "/" + second.id)))
                                    .filter(pair -> !onlyOpen || pair.open())
                                    .ifPresent(pairs::add);
                        }
                    }
                    pairs.sort(Comparator.comparing(LookAlikePair::open).reversed()
                            .thenComparing(pair -> pair.first().name()));
                    return pairs;
                }));
    }

    @WithTransaction
    public Uni<LookAlikePair> decide(Decide request, String editor) {
        UUID firstId = min(request.firstId(), request.secondId()), secondId = max(request.firstId(), request.secondId());
        if (firstId.equals(secondId)) {
            throw new InvalidInputException("secondId", "Vælg to forskellige indsatser");
        }
        if (request.decision() == DuplicateDecision.MERGED
                && (request.kept() == null || !(request.kept().equals(firstId) || request.kept().equals(secondId)))) {
            throw new InvalidInputException("kept", "Angiv hvilken af de to indsatser der fortsætter");
        }
        return Intervention.<Intervention>list("id in ?1", List.of(firstId, secondId)).chain(found -> {
            Map<UUID, Intervention> byId = found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            Intervention first = byId.get(firstId), second = byId.get(secondId);
            if (first == null || second == null) {
                throw new InvalidInputException(first == null ? "firstId" : "secondId", "Indsatsen findes ikke");
            }
            if (request.decision() == DuplicateDecision.MERGED && byId.get(request.kept()).status == InterventionStatus.RETIRED) {
                throw new InvalidInputException("kept",
                        "Den udgåede indsats kan ikke fortsætte. Vælg den anden, eller vælg en anden afgørelse");
            }
            String reason = DuplicateRules.why(first.content(), second.content()).orElseThrow(() ->
                    new Conflict("De to indsatser ligner ikke hinanden efter katalogets regler."));
            return DuplicateReview.<DuplicateReview>find("firstId = ?1 and secondId = ?2", firstId, secondId).firstResult()
                    .chain(existing -> record(existing, firstId, secondId, request, editor))
                    .call(review -> request.decision() == DuplicateDecision.MERGED
                            ? retire(request.kept().equals(firstId) ? second : first, editor) : Uni.createFrom().voidItem())
                    .map(review -> LookAlikePair.of(first, second, reason, review));
        });
    }

    private Uni<DuplicateReview> record(DuplicateReview existing, UUID firstId, UUID secondId, Decide request,
            String editor) {
        var review = existing != null ? existing : new DuplicateReview();
        if (existing == null) {
            review.id = UUID.randomUUID();
            review.firstId = firstId;
            review.secondId = secondId;
        }
        review.decision = request.decision();
        review.keptId = request.decision() == DuplicateDecision.MERGED ? request.kept() : null;
        review.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        review.decidedBy = editor;
        review.decidedAt = time.now();
        return review.persist();
    }

    /** Merging ends the other offer the way every intervention ends: retired, with its event, so referrals follow. */
    private Uni<Void> retire(Intervention merged, String editor) {
        return merged.status == InterventionStatus.RETIRED ? Uni.createFrom().voidItem()
                : interventions.changeStatus(merged.id, merged.lockVersion, InterventionStatus.RETIRED, editor).replaceWithVoid();
    }

    private static UUID min(UUID a, UUID b) {
        return inDatabaseOrder(a, b) <= 0 ? a : b;
    }

    private static UUID max(UUID a, UUID b) {
        return inDatabaseOrder(a, b) <= 0 ? b : a;
    }

    /** PostgreSQL orders uuids by their unsigned bytes, as their text sorts; Java's compareTo uses signed longs. */
    private static int inDatabaseOrder(UUID a, UUID b) {
        return a.toString().compareTo(b.toString());
    }
}
