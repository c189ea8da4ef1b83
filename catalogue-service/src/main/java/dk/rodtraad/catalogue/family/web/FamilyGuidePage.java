package dk.rodtraad.catalogue.family.web;

import dk.rodtraad.catalogue.family.FamilyGuide;
import dk.rodtraad.catalogue.family.FamilyLanguage;
import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.vejviser.Vejviser;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.web.Option;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Vejviser in force, for parents, without login: they choose what they see in their child and read what they
 * can do themselves, whom to talk to, and the published help that fits. One sign at a time keeps the page short. It
 * reads the guide through the family's view ({@link FamilyGuide}), so the texts written for staff cannot show here.
 */
@Cancellable(false)
@Path("/familie/vejviser")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class FamilyGuidePage {

    private final Template page;
    private final Template notFound;
    private final Vejviser vejviser;
    private final SharedLanguage language;
    private final FamilyLanguage familyLanguage;

    public FamilyGuidePage(@Location("familie/vejviser.html") Template page,
            @Location("familie/ikke-fundet.html") Template notFound, Vejviser vejviser, SharedLanguage language,
            FamilyLanguage familyLanguage) {
        this.familyLanguage = familyLanguage;
        this.page = page;
        this.notFound = notFound;
        this.vejviser = vejviser;
        this.language = language;
    }

    /** @param tegn the sign to read about; none shows the list of signs to choose from */
    @GET
    @WithSession
    public Uni<RestResponse<TemplateInstance>> guide(@RestQuery String tegn) {
        return familyLanguage.current().chain(family -> vejviser.current().map(v -> FamilyGuide.of(v, family))
                .chain(guide -> language.current().chain(words -> {
            LanguageContent.Sign sign = words.content().groups().stream().flatMap(g -> g.signs().stream())
                    .filter(s -> s.code().equals(tegn) && family.isForFamilies(s.code())).findFirst().orElse(null);
            var groups = groups(words.content(), guide, family, tegn);
            boolean unknown = tegn != null && !tegn.isBlank() && sign == null;
            Uni<GuideSign> chosen = sign == null ? Uni.createFrom().nullItem()
                    : family.isProtected(sign.code()) ? readProtected(guide.content().entries(), family)
                    : read(sign, family.names().get(sign.code()), guide.content().entries(), words.content().scale());
            return chosen.map(read -> RestResponse.status(unknown ? RestResponse.Status.NOT_FOUND : RestResponse.Status.OK,
                    page.data("groups", groups).data("sign", read).data("unknown", unknown)));
        })));
    }

    /**
     * The groups as parents choose from them: each group's signs that the guide speaks of, by their family wording
     * (signs without one are left out), and last the protected signs as one neutral topic ({@link FamilyLanguage}),
     * never by the staff's labels, wherever they sit in the shared language.
     */
    private static List<SignGroup> groups(LanguageContent content, FamilyGuide guide, FamilyLanguage.Words family,
            String tegn) {
        var inGuide = guide.content().entries().stream().map(FamilyGuide.Entry::sign).collect(Collectors.toSet());
        var groups = new ArrayList<SignGroup>();
        content.groups().forEach(g -> {
            var signs = g.signs().stream().map(LanguageContent.Sign::code)
                    .filter(code -> inGuide.contains(code) && !family.isProtected(code)).toList();
            if (!signs.isEmpty()) {
                groups.add(new SignGroup(g.name(), signs.stream()
                        .map(code -> new Option(code, family.names().get(code), code.equals(tegn))).toList()));
            }
        });
        family.protectedSigns().stream().filter(inGuide::contains).findFirst().ifPresent(code -> groups.add(new SignGroup(
                family.protectedName(), List.of(new Option(code, family.protectedName(), family.isProtected(tegn))))));
        return groups;
    }

    /** The neutral topic: the family's text and the published help the guide links to any of its signs. */
    private static Uni<GuideSign> readProtected(List<FamilyGuide.Entry> entries, FamilyLanguage.Words family) {
        List<String> codes = entries.stream().filter(e -> family.isProtected(e.sign()))
                .flatMap(e -> e.interventions().stream()).distinct().toList();
        Uni<List<Intervention>> linked = codes.isEmpty() ? Uni.createFrom().item(List.of()) : Intervention.byCodes(codes);
        return linked.map(found -> new GuideSign(null, family.protectedName(), family.protectedText(), List.of(
                new GuideSign.Level(null, null, found.stream().filter(Audience.PUBLIC::sees)
                        .map(i -> new GuideSign.Help(i.id, i.name, i.shortDescription)).toList()))));
    }

    private static Uni<GuideSign> read(LanguageContent.Sign sign, String familyName, List<FamilyGuide.Entry> entries,
            List<LanguageContent.ScaleLevel> scale) {
        var ofSign = entries.stream().filter(e -> e.sign().equals(sign.code())).toList();
        List<String> codes = ofSign.stream().flatMap(e -> e.interventions().stream()).distinct().toList();
        Uni<List<Intervention>> linked = codes.isEmpty() ? Uni.createFrom().item(List.of()) : Intervention.byCodes(codes);
        return linked.map(found -> {
            Map<String, Intervention> published = found.stream().filter(Audience.PUBLIC::sees)
                    .collect(Collectors.toMap(i -> i.code, Function.identity()));
            var levels = scale.stream().flatMap(level -> ofSign.stream().filter(e -> e.level().equals(level.code()))
                    .map(e -> new GuideSign.Level(level.name(), e.lookFor(),
                            e.interventions().stream().filter(published::containsKey).map(published::get)
                                    .map(i -> new GuideSign.Help(i.id, i.name, i.shortDescription)).toList())))
                    .toList();
            return new GuideSign(sign.code(), familyName, sign.description(), levels);
        });
    }

    @ServerExceptionMapper({NotFoundException.class, NotFound.class})
    public RestResponse<TemplateInstance> notFound(RuntimeException e) {
        return RestResponse.status(RestResponse.Status.NOT_FOUND, notFound.instance());
    }

    /** A group of the shared language, with the signs the guide has something to say about. */
    @TemplateData
    public record SignGroup(String name, List<Option> signs) {
    }
}
