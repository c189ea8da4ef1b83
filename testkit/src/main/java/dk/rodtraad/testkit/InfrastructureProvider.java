package dk.rodtraad.testkit;

/** Makes an {@link Infrastructure}; found with {@link java.util.ServiceLoader}, chosen by {@link #name()}. */
public interface InfrastructureProvider {

    String name();

    Infrastructure create(StackConfig config);
}
