package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.Score;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One rater's filled-in form at a session: its four items and their total. Only the numbers, the form's name and the
 * rater's role are kept, never the form's wording (licensed to agencies).
 */
@Entity
@Table(name = "score")
public class SessionScore extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rater rater;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoreKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FitForm form;

    @Column(name = "item_1", nullable = false, precision = 3, scale = 1)
    public BigDecimal item1;

    @Column(name = "item_2", nullable = false, precision = 3, scale = 1)
    public BigDecimal item2;

    @Column(name = "item_3", nullable = false, precision = 3, scale = 1)
    public BigDecimal item3;

    @Column(name = "item_4", nullable = false, precision = 3, scale = 1)
    public BigDecimal item4;

    @Column(nullable = false, precision = 3, scale = 1)
    public BigDecimal total;

    static SessionScore of(UUID sessionId, Rater rater, ScoreKind kind, FitForm form, Score score) {
        var row = new SessionScore();
        row.id = UUID.randomUUID();
        row.sessionId = sessionId;
        row.rater = rater;
        row.kind = kind;
        row.form = form;
        row.item1 = score.items().get(0).setScale(1);
        row.item2 = score.items().get(1).setScale(1);
        row.item3 = score.items().get(2).setScale(1);
        row.item4 = score.items().get(3).setScale(1);
        row.total = score.total();
        return row;
    }

    public Score score() {
        return new Score(List.of(item1, item2, item3, item4));
    }
}
