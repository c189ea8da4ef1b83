package dk.rodtraad.catalogue.language;

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

/** One numbered version of the shared language. Once published, it never changes. */
@Entity
@Table(name = "shared_language_version")
public class LanguageVersion extends PanacheEntityBase {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    public Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** Optimistic locking: two editors cannot overwrite each other's draft unseen. */
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    public static Uni<LanguageVersion> currentPublished() {
        return find("status = ?1 order by number desc", Status.PUBLISHED).firstResult();
    }

    public static Uni<List<LanguageVersion>> newestFirst() {
        return list("order by number desc");
    }

    public static Uni<Integer> nextNumber() {
        return find("select coalesce(max(number), 0) + 1 from LanguageVersion").project(Integer.class).singleResult();
    }
}
