package dk.rodtraad.catalogue.intervention;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An intervention (indsats) of the catalogue as it stands now; its past is in {@link InterventionRevision}. */
@Entity
@Table(name = "intervention")
public class Intervention extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionStatus status;

    /** Counts every saved step, from 1. */
    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_description", nullable = false)
    public String shortDescription;

    @Column(name = "long_description", nullable = false)
    public String longDescription;

    @Column(name = "age_from_years", nullable = false)
    public int ageFromYears;

    @Column(name = "age_to_years", nullable = false)
    public int ageToYears;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> signs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "prevention_level", nullable = false)
    public PreventionLevel preventionLevel;

    @Column(nullable = false)
    public int step;

    @Column(nullable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Anchoring anchoring;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    public String method;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level", nullable = false)
    public EvidenceLevel evidenceLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> competences;

    @Column(name = "capacity_per_year")
    public Integer capacityPerYear;

    @Column(name = "waiting_weeks", nullable = false)
    public int waitingWeeks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Access access;

    @Column(nullable = false)
    public String contact;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> locations;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /** When it was first offered; a draft retired before that never left the editors' desk. */
    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    /** Optimistic locking: two editors cannot overwrite each other's change unseen. */
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    public static Uni<Intervention> findByCode(String code) {
        return find("code", code).firstResult();
    }

    public static Uni<List<Intervention>> byCodes(List<String> codes) {
        return list("code in ?1", codes);
    }

    void write(InterventionContent content) {
        code = content.code();
        name = content.name().strip();
        shortDescription = content.shortDescription().strip();
        longDescription = content.longDescription().strip();
        ageFromYears = content.ageFromYears();
        ageToYears = content.ageToYears();
        signs = List.copyOf(content.signs());
        type = content.type();
        preventionLevel = content.preventionLevel();
        step = content.step();
        department = content.department().strip();
        anchoring = content.anchoring();
        legalBasis = content.legalBasis().strip();
        method = content.methodOrNull();
        evidenceLevel = content.evidenceLevel();
        competences = List.copyOf(content.competences());
        capacityPerYear = content.capacityPerYear();
        waitingWeeks = content.waitingWeeks();
        access = content.access();
        contact = content.contact().strip();
        locations = List.copyOf(content.locations());
    }

    public InterventionContent content() {
        return new InterventionContent(code, name, shortDescription, longDescription, ageFromYears, ageToYears, signs,
                type, preventionLevel, step, department, anchoring, legalBasis, method, evidenceLevel, competences,
                capacityPerYear, waitingWeeks, access, contact, locations);
    }

    /** Whether professionals and families may be offered it now. */
    public boolean offered() {
        return status == InterventionStatus.PUBLISHED;
    }
}
