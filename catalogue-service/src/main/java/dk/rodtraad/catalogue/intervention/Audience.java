package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.chassis.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.EnumSet;
import java.util.Set;

/** Who is looking at the catalogue, and so which interventions they may see. */
public enum Audience {

    /** The katalogredaktør: everything, drafts and retired ones too. */
    EDITOR(EnumSet.allOf(InterventionStatus.class)),
    /** Logged-in staff: what is offered, and what is paused, so they know why they cannot refer to it now. */
    STAFF(EnumSet.of(InterventionStatus.PUBLISHED, InterventionStatus.PAUSED)),
    /** Families, without login: only what is offered. */
    PUBLIC(EnumSet.of(InterventionStatus.PUBLISHED));

    private final Set<InterventionStatus> visible;

    Audience(Set<InterventionStatus> visible) {
        this.visible = visible;
    }

    public Set<InterventionStatus> visible() {
        return visible;
    }

    public boolean sees(Intervention intervention) {
        return visible.contains(intervention.status);
    }

    public static Audience of(SecurityIdentity identity) {
        if (identity.hasRole(Roles.KATALOGREDAKTOER)) {
            return EDITOR;
        }
        return identity.isAnonymous() ? PUBLIC : STAFF;
    }
}
