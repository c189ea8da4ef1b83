package dk.rodtraad.systemtests.operations;

import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/operations.md's configuration reference stays honest: it names every setting a service reads in production
 * ({@link ProductionSettings}), every one of Rød Tråd's own settings it lists is read by some module, and the
 * environment variable beside each is the one MicroProfile Config reads. A setting added to a module without a line
 * in the reference, or one removed from every module but left in it, fails here.
 */
class ConfigurationReferenceTest {

    private static final Path ROOT = StackConfig.repositoryRoot();
    private static final String OPERATIONS = ProductionSettings.read(ROOT.resolve("docs/operations.md"));
    private static final ProductionSettings SETTINGS = ProductionSettings.of(ROOT);

    @Test
    void theReferenceNamesEverySettingAServiceReadsInProduction() {
        assertEquals(List.of(), unnamed(ConfigurationReference.of(OPERATIONS)),
                "docs/operations.md's \"Configuration reference\" does not name these settings a module reads: "
                        + "add a line for each (what it is, its default, its environment variable)");
    }

    @Test
    void everyRodtraadSettingTheReferenceListsIsReadBySomeModule() {
        assertEquals(List.of(), unread(ConfigurationReference.of(OPERATIONS)),
                "docs/operations.md's \"Configuration reference\" lists settings no module reads");
    }

    @Test
    void theEnvironmentVariableBesideASettingIsTheOneItIsReadFrom() {
        assertEquals(List.of(), wrongVariables(ConfigurationReference.of(OPERATIONS)));
    }

    @Test
    void theSourcesYieldWhatAProductionStartNeeds() {
        // The reader itself: the settings ProductionStartIT shows a jar refusing to start without are among them.
        assertTrue(SETTINGS.keys().containsAll(List.of("quarkus.datasource.password", "quarkus.oidc.credentials.secret",
                "kafka.bootstrap.servers", "rodtraad.kafka.password", "rodtraad.analytics.child-key")), SETTINGS::toString);
        assertTrue(SETTINGS.mappingPrefixes().contains("rodtraad.authority"), SETTINGS::toString);
        assertFalse(SETTINGS.keys().contains("quarkus.datasource.db-kind"), "a setting with a default of Quarkus's");
    }

    @Test
    void aReferenceWithALineTooFewOrTooManyOrAVariableMisspeltFails() {
        String withoutBatchSize = OPERATIONS.lines().filter(line -> !line.contains("`rodtraad.outbox.batch-size`"))
                .collect(Collectors.joining("\n"));
        assertEquals(List.of("rodtraad.outbox.batch-size"), unnamed(ConfigurationReference.of(withoutBatchSize)));

        String withAnInventedOne = OPERATIONS.replace("\n" + ConfigurationReference.HEADING + "\n",
                "\n" + ConfigurationReference.HEADING + "\n\n| `rodtraad.outbox.batchsize` | `RODTRAAD_OUTBOX_BATCHSIZE` | |\n");
        assertEquals(List.of("rodtraad.outbox.batchsize"), unread(ConfigurationReference.of(withAnInventedOne)));

        String misspelt = OPERATIONS.replace("`RODTRAAD_OUTBOX_BATCH_SIZE`", "`RODTRAAD_OUTBOX_BATCHSIZE`");
        assertEquals(List.of("rodtraad.outbox.batch-size is read from RODTRAAD_OUTBOX_BATCH_SIZE, not RODTRAAD_OUTBOX_BATCHSIZE"),
                wrongVariables(ConfigurationReference.of(misspelt)));
    }

    private static List<String> unnamed(ConfigurationReference reference) {
        var unnamed = SETTINGS.keys().stream().filter(key -> !reference.names(key))
                .collect(Collectors.toCollection(ArrayList::new));
        SETTINGS.mappingPrefixes().stream().filter(prefix -> !reference.namesUnder(prefix))
                .map(prefix -> prefix + ".*").forEach(unnamed::add);
        return unnamed;
    }

    private static List<String> unread(ConfigurationReference reference) {
        return reference.rows().stream().map(ConfigurationReference.Row::setting)
                .filter(ProductionSettings::isRodtraad)
                .filter(name -> SETTINGS.everyRodtraadKey().stream()
                        .noneMatch(key -> ConfigurationReference.pattern(name).matcher(key).matches()))
                .filter(name -> SETTINGS.mappingPrefixes().stream().noneMatch(prefix -> name.startsWith(prefix + ".")))
                .toList();
    }

    private static List<String> wrongVariables(ConfigurationReference reference) {
        return reference.rows().stream()
                .filter(row -> row.environment() != null && !row.setting().matches(".*[<*].*"))
                .filter(row -> !row.environment().equals(ConfigurationReference.environmentVariable(row.setting())))
                .map(row -> row.setting() + " is read from " + ConfigurationReference.environmentVariable(row.setting())
                        + ", not " + row.environment())
                .toList();
    }
}
