package dk.rodtraad.contracts.archfixture;

import dk.rodtraad.chassis.archfixture.ChassisFeature;

/** Breaks rule (b): contracts using a class of the chassis. */
public class ContractUsesTheChassis {

    public String describe() {
        return new ChassisFeature().name();
    }
}
