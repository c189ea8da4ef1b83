package dk.rodtraad.testkit.embedded;

import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.InfrastructureProvider;
import dk.rodtraad.testkit.StackConfig;

/** The default: real servers from Maven Central packages, no container engine needed. */
public final class EmbeddedInfrastructureProvider implements InfrastructureProvider {

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public Infrastructure create(StackConfig config) {
        return new EmbeddedInfrastructure(config);
    }
}
