package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The way between Rød Tråd's parts ({@code inject:partLinks} in the layout's footer): each part the user's roles may
 * open, at its address ({@code rodtraad.links.*}, a site's public addresses), the part the user is in marked and
 * linked to its own start page.
 */
@Named("partLinks")
@ApplicationScoped
public class PartLinks {

    /** One part as the footer links it. */
    public record PartLink(String title, String href, boolean here) {
    }

    private final String service;
    private final Map<Part, String> addresses;

    PartLinks(@ConfigProperty(name = "rodtraad.service.name") String service,
              @ConfigProperty(name = "rodtraad.links.concern") String concern,
              @ConfigProperty(name = "rodtraad.links.network-meeting") String networkMeeting,
              @ConfigProperty(name = "rodtraad.links.catalogue") String catalogue,
              @ConfigProperty(name = "rodtraad.links.followup") String followup) {
        this.service = service;
        this.addresses = Map.of(Part.CONCERN, concern, Part.NETWORK_MEETING, networkMeeting, Part.CATALOGUE, catalogue,
                Part.FOLLOWUP, followup);
    }

    /** The parts the user may open, in {@link Part}'s order; none when they may open only the one they are in. */
    public List<PartLink> of(CurrentUser user) {
        List<PartLink> links = Arrays.stream(Part.values())
                .filter(part -> part.roles().stream().anyMatch(user.roles()::contains))
                .map(part -> part.service().equals(service) ? new PartLink(part.title(), "/", true)
                        : new PartLink(part.title(), addresses.get(part), false))
                .toList();
        return links.size() > 1 ? links : Collections.emptyList();
    }
}
