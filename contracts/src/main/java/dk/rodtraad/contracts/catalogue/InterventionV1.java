package dk.rodtraad.contracts.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An intervention (indsats) of the municipal catalogue as it stands after it was published, changed, paused or
 * retired ({@code dk.rodtraad.catalogue.intervention-*.v1}). Other services keep a copy, so that a referral always
 * names a real intervention. Internal fields (contact, capacity, competences) stay in catalogue-service.
 *
 * @param revision        counts every saved change of the intervention; a consumer keeps the highest it has seen
 * @param status          {@code offentliggjort}, {@code pause} or {@code udgaaet} (code lists travel by their Danish codes)
 * @param signs           codes of the signs of not thriving it addresses, from the shared language
 * @param type            {@code raadgivning}, {@code netvaerksgruppe}, {@code konsultativ-sparring},
 *                        {@code civilsamfund} or {@code mellemform}
 * @param preventionLevel {@code primaer}, {@code sekundaer} or {@code tertiaer}
 * @param step            the step on Indsatstrappen, 1 to 6
 * @param access          {@code familie-selv}, {@code henvisning} or {@code begge}
 */
public record InterventionV1(UUID interventionId, String code, int revision, String status, String name,
        String shortDescription, int ageFromYears, int ageToYears, List<String> signs, String type,
        String preventionLevel, int step, String department, String anchoring, String legalBasis, String method,
        String evidenceLevel, String access, int waitingWeeks, Instant changedAt) {
}
