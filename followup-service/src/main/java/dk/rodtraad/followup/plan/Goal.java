package dk.rodtraad.followup.plan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of a plan in plain words: what, how we will know it is reached (indicator), by when, and whose goal it is.
 * The family's and the child's goals are written in their own words. Free text that stays in this service.
 */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** The goal's place in the plan, from 0, in the order it was set. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalOwner owner;

    @Column(nullable = false)
    public String description;

    /** How we will know the goal is reached. */
    @Column(nullable = false)
    public String indicator;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;
}
