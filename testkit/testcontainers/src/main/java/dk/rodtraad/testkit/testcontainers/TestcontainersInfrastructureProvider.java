package dk.rodtraad.testkit.testcontainers;

import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.InfrastructureProvider;
import dk.rodtraad.testkit.StackConfig;

/** PostgreSQL, Kafka and Keycloak in containers: {@code -Drodtraad.infrastructure=testcontainers} (ADR 0025). */
public final class TestcontainersInfrastructureProvider implements InfrastructureProvider {

    @Override
    public String name() {
        return "testcontainers";
    }

    @Override
    public Infrastructure create(StackConfig config) {
        if (!TestcontainersInfrastructure.engineAvailable()) {
            throw new IllegalStateException("rodtraad.infrastructure=testcontainers, but Testcontainers finds no container "
                    + "engine (Docker or Podman) here; without that setting the tests run on the embedded servers");
        }
        return new TestcontainersInfrastructure(config);
    }
}
