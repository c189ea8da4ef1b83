package dk.rodtraad.chassis.problem;

/** The service cannot serve this yet, e.g. before the shared language has arrived from the catalogue (503). */
public final class NotAvailable extends Refusal {

    public NotAvailable(String danishMessage) {
        super(null, danishMessage);
    }
}
