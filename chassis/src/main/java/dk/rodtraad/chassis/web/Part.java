package dk.rodtraad.chassis.web;

import java.util.Set;

import static dk.rodtraad.chassis.security.Roles.ADMIN;
import static dk.rodtraad.chassis.security.Roles.ANALYTIKER;
import static dk.rodtraad.chassis.security.Roles.DATABESKYTTELSE;
import static dk.rodtraad.chassis.security.Roles.FAGPERSON;
import static dk.rodtraad.chassis.security.Roles.KATALOGREDAKTOER;
import static dk.rodtraad.chassis.security.Roles.LEDER;
import static dk.rodtraad.chassis.security.Roles.MYNDIGHED;

/**
 * The four parts of Rød Tråd a professional works in, each a service with its own pages, in the order a child's case
 * usually meets them. Each admits the roles of its {@code rodtraad.web.roles} (system-tests' PartsTest holds the two
 * together), so the footer links a user only to the parts they may open.
 */
public enum Part {
    CONCERN("concern-service", "Bekymringer", Set.of(FAGPERSON, MYNDIGHED, DATABESKYTTELSE, ADMIN)),
    NETWORK_MEETING("network-meeting-service", "Netværksmøder", Set.of(FAGPERSON, MYNDIGHED, ADMIN, LEDER)),
    CATALOGUE("catalogue-service", "Indsatskatalog", Set.of(FAGPERSON, MYNDIGHED, KATALOGREDAKTOER, ANALYTIKER, ADMIN)),
    FOLLOWUP("followup-service", "Opfølgning", Set.of(FAGPERSON, MYNDIGHED, ADMIN, LEDER, ANALYTIKER));

    private final String service;
    private final String title;
    private final Set<String> roles;

    Part(String service, String title, Set<String> roles) {
        this.service = service;
        this.title = title;
        this.roles = roles;
    }

    /** The service's name, its {@code rodtraad.service.name}. */
    public String service() {
        return service;
    }

    /** Its name to people, the service's {@code rodtraad.service.title}. */
    public String title() {
        return title;
    }

    /** The roles whose users may open its pages. */
    public Set<String> roles() {
        return roles;
    }
}
