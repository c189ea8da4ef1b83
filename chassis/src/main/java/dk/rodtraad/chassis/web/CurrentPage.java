package dk.rodtraad.chassis.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page being answered, for the main menu ({@code templates/hovedmenu.html}, tag {@code menupunkt}) to mark the
 * link to it as where the user is: {@code inject:currentPage} in templates.
 */
@Named("currentPage")
@RequestScoped
public class CurrentPage {

    private final HttpServerRequest request;

    public CurrentPage(HttpServerRequest request) {
        this.request = request;
    }

    /** Whether the request is for this path (a menu link's {@code href}), its query aside. */
    public boolean is(String href) {
        return request.path().equals(href);
    }
}
