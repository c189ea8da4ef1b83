package dk.rodtraad.contracts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules docs/events.md gives the ACL table, checked on the table itself. */
class KafkaPrincipalsTest {

    @Test
    void onlyTheAuthorityReadsAndOnlyConcernServiceWritesTheRestrictedTopic() {
        assertEquals(List.of(KafkaPrincipals.AUTHORITY), KafkaPrincipals.ALL.stream()
                .filter(p -> p.reads().contains(Topics.AUTHORITY_NOTIFICATIONS)).map(KafkaPrincipals.Principal::name).toList());
        assertEquals(List.of(KafkaPrincipals.CONCERN_SERVICE), KafkaPrincipals.ALL.stream()
                .filter(p -> p.writes().contains(Topics.AUTHORITY_NOTIFICATIONS)).map(KafkaPrincipals.Principal::name).toList());
    }

    @Test
    void onlyFollowupServiceWritesAndOnlyCatalogueServiceReadsTheInterventionResults() {
        assertEquals(List.of(KafkaPrincipals.FOLLOWUP_SERVICE), KafkaPrincipals.ALL.stream()
                .filter(p -> p.writes().contains(Topics.FOLLOWUP_RESULTS)).map(KafkaPrincipals.Principal::name).toList());
        assertEquals(List.of(KafkaPrincipals.CATALOGUE_SERVICE), KafkaPrincipals.ALL.stream()
                .filter(p -> p.reads().contains(Topics.FOLLOWUP_RESULTS)).map(KafkaPrincipals.Principal::name).toList());
    }

    @Test
    void theAnalystReadsTheAnalyticsTopicAndNothingElse() {
        var analyst = principal(KafkaPrincipals.ANALYST);
        assertEquals(List.of(Topics.ANALYTICS), analyst.reads());
        assertEquals(List.of(), analyst.writes());
    }

    @Test
    void onlyThePseudonymiserWritesTheAnalyticsTopicAndItReadsOnlyTheServicesEventTopics() {
        assertEquals(List.of(KafkaPrincipals.ANALYTICS_STREAM), KafkaPrincipals.ALL.stream()
                .filter(p -> p.writes().contains(Topics.ANALYTICS)).map(KafkaPrincipals.Principal::name).toList());
        var pseudonymiser = principal(KafkaPrincipals.ANALYTICS_STREAM);
        assertEquals(List.of(Topics.ANALYTICS), pseudonymiser.writes());
        assertEquals(Topics.ANALYTICS_SOURCES, pseudonymiser.reads());
        assertEquals(java.util.Set.of(KafkaPrincipals.ANALYTICS_STREAM), KafkaPrincipals.TRANSACTIONAL);
    }

    @Test
    void eachServiceWritesItsOwnDeadLetterTopicAndNoOneElses() {
        for (String service : Topics.CONSUMING_SERVICES) {
            var deadLetters = principal(service).writes().stream().filter(t -> t.startsWith("rodtraad.deadletter.")).toList();
            assertEquals(List.of(Topics.deadLetter(service)), deadLetters, service);
        }
    }

    @Test
    void everyTopicNamedIsOneTheInfrastructureCreates() {
        for (var principal : KafkaPrincipals.ALL) {
            assertTrue(Topics.all().containsAll(principal.writes()), principal.name() + " writes " + principal.writes());
            assertTrue(Topics.all().containsAll(principal.reads()), principal.name() + " reads " + principal.reads());
        }
    }

    private static KafkaPrincipals.Principal principal(String name) {
        return KafkaPrincipals.ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
