package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.FormerCodes;
import dk.rodtraad.chassis.codes.Coded;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One saved step in an intervention's version history (versionshistorik); written once, never changed. */
@Entity
@Table(name = "intervention_revision")
public class InterventionRevision extends PanacheEntityBase {

    /** What the step did, in the words of the history page; the API speaks its Danish code, as for every code list. */
    public enum Change implements Coded {
        CREATED, EDITED, PUBLISHED, PAUSED, RETIRED;

        @Override
        public String code() {
            return switch (this) {
                case CREATED -> "oprettet";
                case EDITED -> "aendret";
                case PUBLISHED -> "offentliggjort";
                case PAUSED -> "sat-paa-pause";
                case RETIRED -> "udgaaet";
            };
        }

        /** Also the former English name ({@code PUBLISHED}), which a client may have stored. */
        @JsonCreator
        public static Change of(String value) {
            return FormerCodes.parse(Change.class, value);
        }
    }

    @Id
    public UUID id;

    @Column(name = "intervention_id", nullable = false)
    public UUID interventionId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public InterventionContent content;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    static InterventionRevision of(Intervention intervention, Change change) {
        var revision = new InterventionRevision();
        revision.id = UUID.randomUUID();
        revision.interventionId = intervention.id;
        revision.revision = intervention.revision;
        revision.change = change;
        revision.status = intervention.status;
        revision.content = intervention.content();
        revision.changedAt = intervention.changedAt;
        revision.changedBy = intervention.changedBy;
        return revision;
    }

    public static Uni<List<InterventionRevision>> newestFirst(UUID interventionId) {
        return list("interventionId = ?1 order by revision desc", interventionId);
    }
}
