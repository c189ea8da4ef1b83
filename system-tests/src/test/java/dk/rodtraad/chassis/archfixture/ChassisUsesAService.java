package dk.rodtraad.chassis.archfixture;

import dk.rodtraad.concern.archfixture.ConcernUsesCatalogue;

/** Breaks rule (b): the chassis using a class of a service. */
public class ChassisUsesAService {

    public String describe() {
        return new ConcernUsesCatalogue().describe();
    }
}
