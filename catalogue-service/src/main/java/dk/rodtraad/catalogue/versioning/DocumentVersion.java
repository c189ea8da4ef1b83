package dk.rodtraad.catalogue.versioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.FormerCodes;
import dk.rodtraad.chassis.codes.Coded;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One numbered version of a document the katalogredaktør publishes as a whole: the shared language, the Vejviser.
 * Once published, it never changes, so what was recorded under it keeps its meaning.
 */
@MappedSuperclass
public abstract class DocumentVersion extends PanacheEntityBase {

    /** Whether the version is still being written or is out; the API speaks its Danish code, as for every code list. */
    public enum Status implements Coded {
        DRAFT, PUBLISHED;

        @Override
        public String code() {
            return switch (this) {
                case DRAFT -> "udkast";
                case PUBLISHED -> "offentliggjort";
            };
        }

        /** Also the former English name ({@code DRAFT}), which a client may have stored. */
        @JsonCreator
        public static Status of(String value) {
            return FormerCodes.parse(Status.class, value);
        }
    }

    @Id
    public Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The content as JSON: read and written as a whole, never queried into. */
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

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
