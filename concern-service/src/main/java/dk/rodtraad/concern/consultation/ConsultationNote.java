package dk.rodtraad.concern.consultation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry in a consultation's history: advice given, what was agreed, what happened since. Never changed. */
@Entity
@Table(name = "consultation_note")
public class ConsultationNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(nullable = false)
    public String text;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    /** Oldest first. */
    static Uni<List<ConsultationNote>> of(UUID consultationId) {
        return list("consultationId = ?1 order by writtenAt, id", consultationId);
    }
}
