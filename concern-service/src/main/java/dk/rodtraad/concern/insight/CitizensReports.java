package dk.rodtraad.concern.insight;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.audit.AuditEntry;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.child.CprNumber;
import dk.rodtraad.concern.child.InvalidCprNumberException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Assembles the citizen's report for a CPR number: this service's own audit log and what the other services reported
 * on {@code rodtraad.audit}, oldest first, in Danish. Producing it is itself a use of the child's data, logged after
 * the report is read, so it shows in the next report.
 */
@ApplicationScoped
public class CitizensReports {

    static final String PURPOSE = "Indsigtsrapport dannet";
    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("d. MMMM yyyy 'kl.' HH.mm.ss", Locale.of("da")).withZone(DanishDates.MUNICIPALITY);
    private static final Map<String, String> KINDS = Map.of("READ", "læst", "WRITE", "ændret", "REFUSED", "afvist");
    private static final Map<String, String> SERVICES = Map.of(
            "concern-service", "Bekymringer og underretninger",
            "network-meeting-service", "Netværksmøder",
            "followup-service", "Opfølgning på indsatser",
            "catalogue-service", "Indsatskataloget");
    private static final Map<String, String> ROLES = Map.of(
            "fagperson", "fagperson", "myndighed", "myndighedsrådgiver", "databeskyttelse", "databeskyttelse",
            "katalogredaktoer", "katalogredaktør", "analytiker", "analytiker", "admin", "administrator");

    private final AuditLog auditLog;
    private final StoredTime time;

    public CitizensReports(AuditLog auditLog, StoredTime time) {
        this.time = time;
        this.auditLog = auditLog;
    }

    /** @throws InvalidInputException a 400 on {@code cpr} for a malformed number (nothing is logged) */
    @WithTransaction
    public Uni<CitizensReport> report(ReportRequest request) {
        CprNumber cpr = parse(request == null ? null : request.cpr());
        Instant now = time.now();
        return Child.findByCpr(cpr).chain(child -> child == null
                ? auditLog.read(null, "insight", PURPOSE).replaceWith(
                        new CitizensReport(cpr.formatted(), false, null, now, TIME.format(now), List.of(),
                                CitizensReport.NO_USES))
                : usesOf(child.id).call(() -> auditLog.read(child.id, "insight", PURPOSE))
                        .map(uses -> new CitizensReport(cpr.formatted(), true, child.name, now, TIME.format(now), uses,
                                uses.isEmpty() ? CitizensReport.NO_USES : null)));
    }

    private Uni<List<ReportedUse>> usesOf(UUID childId) {
        return AuditEntry.<AuditEntry>list("childId = ?1", childId).chain(own -> UseElsewhere.<UseElsewhere>list(
                "childId = ?1", childId).map(elsewhere -> {
                    var uses = new ArrayList<ReportedUse>();
                    own.forEach(entry -> uses.add(use(entry.at, entry.action.name(), entry.what, entry.purpose,
                            entry.discipline, AuditLog.reportedRole(Arrays.asList(entry.roles.split(","))),
                            "concern-service")));
                    elsewhere.forEach(use -> uses.add(use(use.at, use.action, use.what, use.purpose, use.discipline,
                            use.role, use.service)));
                    uses.sort(Comparator.comparing(ReportedUse::at).thenComparing(ReportedUse::service));
                    return List.copyOf(uses);
                }));
    }

    private static ReportedUse use(Instant at, String action, String what, String purpose, String discipline,
            String role, String service) {
        return new ReportedUse(at, TIME.format(at), KINDS.getOrDefault(action, action), what, purpose,
                discipline == null ? null : Profession.ofClaim(discipline).map(Profession::label).orElse(discipline),
                ROLES.getOrDefault(role, role), SERVICES.getOrDefault(service, service));
    }

    private static CprNumber parse(String cpr) {
        if (cpr == null || cpr.isBlank()) {
            throw new InvalidInputException("cpr", "Angiv barnets CPR-nummer");
        }
        try {
            return CprNumber.parse(cpr);
        } catch (InvalidCprNumberException e) {
            throw new InvalidInputException("cpr", e.getMessage());
        }
    }
}
