package dk.rodtraad.concern.coordination;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A child's case coordination as stored: one per child, changed only through {@link CaseCoordination}. */
@Entity
@Table(name = "case_coordination")
public class Coordination extends PanacheEntityBase {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    /** Two professionals may name or hand over at the same time: the second, stale change is refused. */
    @Version
    public long version;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> disciplines;

    /** The tovholder's username. */
    public String tovholder;

    @Column(nullable = false)
    public boolean open;

    static Coordination of(UUID childId, CaseCoordination state) {
        var coordination = new Coordination();
        coordination.childId = childId;
        coordination.apply(state);
        return coordination;
    }

    CaseCoordination state() {
        return new CaseCoordination(new HashSet<>(disciplines), Optional.ofNullable(tovholder), open);
    }

    void apply(CaseCoordination state) {
        disciplines = state.disciplines().stream().sorted().toList();
        tovholder = state.tovholder().orElse(null);
        open = state.open();
    }
}
