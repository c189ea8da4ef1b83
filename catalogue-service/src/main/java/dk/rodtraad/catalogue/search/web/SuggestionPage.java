package dk.rodtraad.catalogue.search.web;

import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.search.Suggestion;
import dk.rodtraad.catalogue.search.Suggestions;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.Choices;
import dk.rodtraad.catalogue.web.FormValues;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Suggestions (forslag) for a child: the professional gives age and signs, and gets ranked interventions with why. */
@Cancellable(false)
@Path("/katalog/forslag")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${rodtraad.web.roles}")
public class SuggestionPage {

    private final Template page;
    private final Suggestions suggestions;
    private final SharedLanguage language;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public SuggestionPage(@Location("katalog/forslag.html") Template page, Suggestions suggestions,
            SharedLanguage language, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.suggestions = suggestions;
        this.language = language;
        this.identity = identity;
        this.msg = msg;
    }

    /**
     * Before the form is sent, the empty form; after, the form again and the suggestions or what is missing.
     *
     * @param forslag the submit button's value: a blank age arrives as no parameter at all, so it tells that the form was sent
     */
    @GET
    public Uni<TemplateInstance> suggest(@RestQuery String age, @RestQuery List<String> sign, @RestQuery String forslag) {
        List<String> signs = sign == null ? List.of() : sign;
        boolean asked = forslag != null || age != null || !signs.isEmpty();
        var errors = new FormErrors();
        Integer years = FormValues.whole(age, 0, 25, "age", errors, msg.suggest_age_missing());
        if (asked && years == null) {
            errors.add("age", msg.suggest_age_missing());
        }
        if (asked && signs.isEmpty()) {
            errors.add("sign", msg.suggest_signs_missing());
        }
        Uni<List<Suggestion>> found = asked && errors.isEmpty()
                ? suggestions.forChild(years, signs)
                : Uni.createFrom().item(List.of());
        return found.chain(list -> language.currentSigns().map(names -> page
                .data("user", CurrentUser.of(identity))
                .data("age", age == null ? "" : age)
                .data("signs", Choices.of(names, signs))
                .data("asked", asked && errors.isEmpty())
                .data("errors", errors)
                .data("labels", labels())
                .data("suggestions", list)));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("age", msg.suggest_age());
        labels.put("sign", msg.suggest_signs());
        return labels;
    }
}
