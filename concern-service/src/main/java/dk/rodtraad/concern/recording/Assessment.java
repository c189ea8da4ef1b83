package dk.rodtraad.concern.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/** How worried a professional is and why: a level on the shared scale, the acute flag and the observed signs. */
@Embeddable
public class Assessment {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConcernLevel level;

    @Column(nullable = false)
    public boolean acute;

    /** Codes in the shared language's taxonomy. Null only for concerns recorded before signs were. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> signs;

    /** The shared language version the sign codes belong to; null exactly when {@code signs} is. */
    @Column(name = "taxonomy_version")
    public Integer taxonomyVersion;

    static Assessment of(ConcernLevel level, boolean acute, List<String> signs, int taxonomyVersion) {
        var assessment = new Assessment();
        assessment.level = level;
        assessment.acute = acute;
        assessment.signs = List.copyOf(signs);
        assessment.taxonomyVersion = taxonomyVersion;
        return assessment;
    }
}
