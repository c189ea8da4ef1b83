package dk.rodtraad.concern.consultation;

import dk.rodtraad.concern.recording.Setting;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * An anonymous consultation (anonym sparring): a professional describes a situation without naming the child, and
 * may later link it to the child, whose case then holds its history.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Two professionals may link the same consultation at once: only one of them succeeds. */
    @Version
    public long version;

    /** In the professional's words, without the child's name. */
    @Column(nullable = false)
    public String situation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Setting setting;

    /** The child's age in years, if the professional gave it: enough for advice, too little to identify. */
    @Column(name = "child_age_years")
    public Integer childAgeYears;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The child's pseudonymous id once linked; null while the consultation is anonymous. */
    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "linked_by")
    public String linkedBy;

    @Column(name = "linked_at")
    public Instant linkedAt;
}
