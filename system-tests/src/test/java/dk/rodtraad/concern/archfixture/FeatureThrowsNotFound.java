package dk.rodtraad.concern.archfixture;

import jakarta.ws.rs.NotFoundException;

/** Breaks rule (d): a feature's service answering in HTTP (a JAX-RS 404) instead of in its own words. */
public class FeatureThrowsNotFound {

    public void find(String id) {
        throw new NotFoundException("no " + id);
    }
}
