package dk.rodtraad.concern.web;

import dk.rodtraad.concern.access.InvolveColleagueRequest;
import dk.rodtraad.concern.coordination.HandOverRequest;
import dk.rodtraad.concern.coordination.NameTovholderRequest;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The child page's forms about who works on the case, as the browser sends them: naming the tovholder, handing the
 * task over, involving a colleague. {@code version} is the coordination's version the page showed.
 */
@TemplateData
public class TeamForm {

    @RestForm public String tovholder;
    @RestForm public String to;
    @RestForm public String username;
    @RestForm public String profession;
    @RestForm public String version;

    NameTovholderRequest nameRequest() {
        return new NameTovholderRequest(text(tovholder), Codes.version(version));
    }

    HandOverRequest handOverRequest() {
        return new HandOverRequest(text(to), Codes.version(version));
    }

    InvolveColleagueRequest involveRequest() {
        return new InvolveColleagueRequest(text(username), text(profession));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
