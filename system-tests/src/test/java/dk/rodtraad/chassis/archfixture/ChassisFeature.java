package dk.rodtraad.chassis.archfixture;

/** A class of the chassis, for rule (b)'s contracts fixture to use. */
public class ChassisFeature {

    public String name() {
        return "chassis";
    }
}
