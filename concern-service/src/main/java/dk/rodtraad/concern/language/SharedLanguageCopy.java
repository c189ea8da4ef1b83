package dk.rodtraad.concern.language;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One published version of the shared language, as catalogue-service published it. */
@Entity
@Table(name = "shared_language_copy")
public class SharedLanguageCopy extends PanacheEntityBase {

    @Id
    public Integer version;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** The event's payload as published: groups of signs, the scale, the acute flag. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static Uni<SharedLanguageCopy> newest() {
        return find("order by version desc").firstResult();
    }

    /** The newest version's number, null before the first has arrived. */
    public static Uni<Integer> newestVersion() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select max(version) from SharedLanguageCopy", Integer.class)
                .getSingleResultOrNull());
    }
}
