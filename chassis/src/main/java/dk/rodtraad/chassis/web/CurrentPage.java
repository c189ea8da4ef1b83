package dk.rodtraad.chassis.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page being answered, for the main menu ({@code templates/hovedmenu.html}, tag {@code menupunkt}) to mark the
 * link to it, or to the part of the menu it is in, as where the user is: {@code inject:currentPage} in templates.
 */
@Named("currentPage")
@RequestScoped
public class CurrentPage {

    private final HttpServerRequest request;
    private final MainMenu menu;

    public CurrentPage(HttpServerRequest request, MainMenu menu) {
        this.request = request;
        this.menu = menu;
    }

    /** Whether this menu link ({@code href}) leads to the page being answered or to the part it is in. */
    public boolean is(String href) {
        return menu.linkTo(request.path()).filter(href::equals).isPresent();
    }

    /** Whether this menu link leads to the page being answered itself (its query aside), not to a page above it. */
    public boolean isExactly(String href) {
        return request.path().equals(href);
    }
}
