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
 * linked to its own start page. And whether the part the user is in lets them in at all ({@link #admits}): a user who
 * opens another part's address (a bookmark, a link passed on) is shown the way to their own parts, not this part's
 * menu and start page, which would refuse them again.
 */
@Named("partLinks")
@ApplicationScoped
public class PartLinks {

    /** One part as the footer links it. */
    public record PartLink(String title, String href, boolean here) {
    }

    private final String service;
    private final List<String> admitted;
    private final Map<Part, String> addresses;

    PartLinks(@ConfigProperty(name = "rodtraad.service.name") String service,
              @ConfigProperty(name = "rodtraad.web.roles") List<String> admitted,
              @ConfigProperty(name = "rodtraad.links.concern") String concern,
              @ConfigProperty(name = "rodtraad.links.network-meeting") String networkMeeting,
              @ConfigProperty(name = "rodtraad.links.catalogue") String catalogue,
              @ConfigProperty(name = "rodtraad.links.followup") String followup) {
        this.service = service;
        this.admitted = List.copyOf(admitted);
        this.addresses = Map.of(Part.CONCERN, concern, Part.NETWORK_MEETING, networkMeeting, Part.CATALOGUE, catalogue,
                Part.FOLLOWUP, followup);
    }

    /**
     * The parts the user may open, in {@link Part}'s order; none when the only one is the one they are in (a link to
     * the page they are on would be no way anywhere).
     */
    public List<PartLink> of(CurrentUser user) {
        List<PartLink> links = Arrays.stream(Part.values())
                .filter(part -> part.roles().stream().anyMatch(user.roles()::contains))
                .map(part -> part.service().equals(service) ? new PartLink(part.title(), "/", true)
                        : new PartLink(part.title(), addresses.get(part), false))
                .toList();
        return links.size() == 1 && links.getFirst().here() ? Collections.emptyList() : links;
    }

    /** Whether the user's roles open this part's pages (its {@code rodtraad.web.roles}, as its start page asks). */
    public boolean admits(CurrentUser user) {
        return admitted.stream().anyMatch(user.roles()::contains);
    }
}
