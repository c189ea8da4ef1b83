package dk.rodtraad.followup.alert;

import dk.rodtraad.followup.fit.FitColour;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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

/**
 * A session came out orange or red: an alert for the plan's responsible professional and the child's tovholder of
 * that moment, with what to consider ({@code fit.AlertAdvice}), open until one of them acknowledges it.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FitColour colour;

    /** The advice's constant names ({@code AlertAdvice}), in the order to consider them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> advice;

    @Column(name = "responsible_username", nullable = false)
    public String responsibleUsername;

    /** The child's tovholder when the alert was raised; null when the case had none. */
    @Column(name = "tovholder_username")
    public String tovholderUsername;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    /** Whether the alert is addressed to the user: the responsible professional or the tovholder it was raised for. */
    public boolean isFor(String username) {
        return username.equals(responsibleUsername) || username.equals(tovholderUsername);
    }
}
