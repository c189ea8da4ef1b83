package dk.rodtraad.catalogue.search.web;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.search.InterventionSearch;
import dk.rodtraad.catalogue.search.SearchFilter;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.Choices;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Page;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The catalogue's search page. Without JavaScript the form is an ordinary GET; with htmx each change asks for the
 * results alone ({@code HX-Request}), which replace the list while a live region announces how many were found.
 */
@Cancellable(false)
@Path("/katalog")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${rodtraad.web.roles}")
public class SearchPage {

    /** Results per page: the first ones fit on the screen with the search field above them. */

    private final Template page;
    private final Template liveResults;
    private final InterventionSearch search;
    private final SharedLanguage language;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public SearchPage(@Location("katalog/soeg.html") Template page,
            @Location("katalog/resultater-live.html") Template liveResults, InterventionSearch search,
            SharedLanguage language, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.liveResults = liveResults;
        this.search = search;
        this.language = language;
        this.identity = identity;
        this.msg = msg;
    }

    /**
     * @param htmx    set by htmx on its own requests
     * @param restore set by htmx when its history cache misses: then it needs the whole page
     */
    @GET
    public Uni<RestResponse<TemplateInstance>> search(@BeanParam SearchQuery query,
            @RestHeader("HX-Request") String htmx, @RestHeader("HX-History-Restore-Request") String restore,
            @Context UriInfo uri) {
        Audience audience = Audience.of(identity);
        var errors = new FormErrors();
        SearchFilter filter = query.filter(errors, msg.search_invalid());
        Uni<Page<ResultRow>> results = page(filter, audience, Page.number(query.side), Page.linkTo(uri.getRequestUri()));
        if ("true".equals(htmx) && !"true".equals(restore)) {
            return results.map(rows -> respond(liveResults.data("results", rows)));
        }
        return results.chain(rows -> language.currentSigns().chain(signs -> search.departments(audience)
                .map(departments -> respond(page
                        .data("user", CurrentUser.of(identity))
                        .data("query", query)
                        .data("filtered", query.filtered())
                        .data("errors", errors)
                        .data("results", rows)
                        .data("signs", Choices.of(signs, query.signs()))
                        .data("types", Option.of(InterventionType.class, query.type))
                        .data("levels", Option.of(PreventionLevel.class, query.preventionLevel))
                        .data("steps", Choices.steps(query.step, msg))
                        .data("departments", departments(departments, query.department))))));
    }

    /** Page {@code number} of the results, read from the database alone; a page past the last is the last. */
    private Uni<Page<ResultRow>> page(SearchFilter filter, Audience audience, int number, String link) {
        return search.page(filter, audience, Page.offset(number), Page.SIZE).chain(found -> {
            int last = Page.count(found.total());
            if (number > last) {
                return page(filter, audience, last, link);
            }
            return Uni.createFrom().item(Page.of(found.items().stream().map(i -> ResultRow.of(i, msg)).toList(),
                    number, found.total(), link));
        });
    }

    private static RestResponse<TemplateInstance> respond(TemplateInstance instance) {
        // The same URL answers a page or a fragment, so caches must keep them apart.
        return RestResponse.ResponseBuilder.ok(instance).header("Vary", "HX-Request").build();
    }

    private static List<Option> departments(List<String> departments, String chosen) {
        return departments.stream().map(d -> new Option(d, d, d.equalsIgnoreCase(chosen == null ? "" : chosen.strip()))).toList();
    }
}
