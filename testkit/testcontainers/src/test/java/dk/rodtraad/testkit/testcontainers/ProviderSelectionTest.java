package dk.rodtraad.testkit.testcontainers;

import dk.rodtraad.testkit.InfrastructureProvider;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Without a container engine too: the seam finds this provider by the name rodtraad.infrastructure gives. */
class ProviderSelectionTest {

    @Test
    void theSeamFindsTheProviderNamedTestcontainers() {
        var names = ServiceLoader.load(InfrastructureProvider.class).stream().map(provider -> provider.get().name())
                .sorted().toList();
        assertEquals(List.of("embedded", "testcontainers"), names);
    }

    @Test
    void theContainersAreComposesImagesPinnedToATag() {
        var images = ComposeImages.of(StackConfig.forTests().root());
        for (var image : List.of(images.postgres(), images.kafka(), images.keycloak())) {
            assertFalse(image.getVersionPart().isBlank() || image.getVersionPart().equals("latest"), image.toString());
        }
        assertEquals("postgres", images.postgres().getRepository());
    }
}
