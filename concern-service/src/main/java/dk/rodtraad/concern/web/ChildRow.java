package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.child.CprNumber;
import io.quarkus.qute.TemplateData;

/** A child in the professional's overview: the CPR number masked, as a list is a glance and not a case. */
@TemplateData
public record ChildRow(String id, String name, String maskedCpr) {

    public static ChildRow of(Child child) {
        return new ChildRow(child.id.toString(), child.name, masked(child.cpr));
    }

    /** The child as a picker names it: "Test Barn, født 3. marts 2019 (030319-xxxx)". */
    public static String described(Child child) {
        return child.name + ", født " + DanishDates.date(child.birthDate) + " (" + masked(child.cpr) + ")";
    }

    /** @param cpr as stored, {@code DDMMYY-XXXX} */
    public static String masked(String cpr) {
        return new CprNumber(cpr.replace("-", "")).toString();
    }
}
