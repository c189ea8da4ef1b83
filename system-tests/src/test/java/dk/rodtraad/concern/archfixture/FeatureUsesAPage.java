package dk.rodtraad.concern.archfixture;

import dk.rodtraad.concern.archfixture.web.FixturePage;

/** Breaks rule (c): a feature's class using a page. */
public class FeatureUsesAPage {

    public Object show() {
        return new FixturePage().show();
    }
}
