package dk.rodtraad.followup.evaluation.web;

import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.csv.ExcelCsv;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.followup.evaluation.Evaluations;
import dk.rodtraad.followup.evaluation.Evaluations.Use;
import dk.rodtraad.followup.evaluation.Figure;
import dk.rodtraad.followup.evaluation.InterventionEvaluation;
import dk.rodtraad.followup.evaluation.InterventionEvaluation.Group;
import dk.rodtraad.followup.evaluation.Measure;
import dk.rodtraad.followup.web.AppMessages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Hvad virker? The evaluation of the catalogue's interventions, for analysts and leaders: groups of children only —
 * each intervention in all, by age group and by intake band — as a page with a chart and tables, and as CSV. A
 * fagperson gets the Danish 403 page. Each reading is audit-logged ({@link Evaluations}).
 */
@Cancellable(false)
@Path("/evaluering")
@RolesAllowed({Roles.ANALYTIKER, Roles.LEDER})
public class EvaluationPage {

    private static final Comparator<EvaluationView.Named> BY_NAME = Comparator.comparing(EvaluationView.Named::name,
            Collator.getInstance(Locale.of("da")));

    private final Template page;
    private final Evaluations evaluations;
    private final PublishedInterventions interventions;
    private final EvaluationCells cells;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public EvaluationPage(@Location("evaluering/evaluering.html") Template page, Evaluations evaluations,
            PublishedInterventions interventions, EvaluationCells cells, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.evaluations = evaluations;
        this.interventions = interventions;
        this.cells = cells;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> show() {
        return named(Use.PAGE).map(named -> page.data("user", CurrentUser.of(identity))
                .data("view", EvaluationView.of(named, cells, msg)).data("csv", "/evaluering/tal.csv"));
    }

    @GET
    @Path("/tal.csv")
    @Produces(ExcelCsv.CONTENT_TYPE)
    @Operation(summary = "The evaluation of every catalogue intervention with plans: in all, by age group and by intake "
            + "band, as a ;-separated UTF-8 file a Danish Excel opens; a figure of fewer than 5 children says 'for få'")
    public Uni<RestResponse<String>> csv() {
        return named(Use.CSV).map(named -> RestResponse.ResponseBuilder.ok(csv(named))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indsatsernes-resultater.csv\"")
                .build());
    }

    /**
     * Every evaluated intervention with its name in the catalogue's copy, by name. One look-up after the other: they
     * share the request's database session, which takes one query at a time.
     */
    private Uni<List<EvaluationView.Named>> named(Use use) {
        return evaluations.all(use).chain(all -> {
            Uni<List<EvaluationView.Named>> named = Uni.createFrom().item(List.of());
            for (InterventionEvaluation evaluation : all) {
                named = named.chain(before -> interventions.find(evaluation.interventionId()).map(found -> {
                    var more = new ArrayList<>(before);
                    more.add(new EvaluationView.Named(found.map(Intervention::name)
                            .orElse(msg.evaluation_unknown_intervention()), evaluation));
                    return List.copyOf(more);
                }));
            }
            return named.map(list -> list.stream().sorted(BY_NAME).toList());
        });
    }

    /** A row per intervention and group: its whole, its age groups, its intake bands; a figure and its children. */
    private String csv(List<EvaluationView.Named> named) {
        var header = new ArrayList<String>(List.of(msg.evaluation_csv_intervention(), msg.evaluation_csv_split(),
                msg.evaluation_group()));
        for (Measure measure : Measure.values()) {
            header.add(cells.heading(measure, true));
            if (measure != Measure.PLANS_STARTED) {
                header.add(msg.evaluation_csv_children(measure.label()));
            }
        }
        var rows = new ArrayList<List<String>>();
        for (EvaluationView.Named intervention : named) {
            InterventionEvaluation evaluation = intervention.evaluation();
            rows.add(row(intervention.name(), msg.evaluation_total(), evaluation.total(), true));
            evaluation.byAgeGroup().forEach(group -> rows.add(row(intervention.name(), msg.evaluation_csv_by_age(), group,
                    true)));
            evaluation.byIntakeBand().forEach(group -> rows.add(row(intervention.name(), msg.evaluation_csv_by_band(),
                    group, false)));
        }
        return ExcelCsv.write(header.toArray(String[]::new), rows);
    }

    private List<String> row(String intervention, String split, Group group, boolean byAge) {
        var row = new ArrayList<>(List.of(intervention, split, cells.group(group, byAge)));
        for (Figure figure : group.figures()) {
            row.add(cells.csv(figure));
            if (figure.measure() != Measure.PLANS_STARTED) {
                row.add(cells.csvChildren(figure));
            }
        }
        return row;
    }
}
