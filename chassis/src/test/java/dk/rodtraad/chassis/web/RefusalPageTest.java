package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.problem.NotFound;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a page says when something is not found: the usual words, unless the refusal is nameable (nothing about a child). */
class RefusalPageTest {

    /** The bundle's message names stand for its words, so the test reads which message was chosen. */
    private final PageMessages msg = (PageMessages) Proxy.newProxyInstance(PageMessages.class.getClassLoader(),
            new Class<?>[] {PageMessages.class}, (proxy, method, args) -> method.getName());

    private final RefusalPage page = new RefusalPage(Engine.builder().addDefaults().build().parse("{title}|{text}"),
            QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("hanne")).build(), msg);

    private String shown(NotFound refusal) {
        return ((TemplateInstance) page.of(404, refusal).getEntity()).render();
    }

    @Test
    void aNotFoundNeverNamesWhatIsMissing() {
        var refusal = new NotFound("Barnet med CPR 010101-1234 findes ikke");

        assertFalse(refusal.isNameable());
        assertEquals("not_found_title|not_found_text", shown(refusal));
    }

    @Test
    void aNameableNotFoundSaysWhatIsMissingUnderTheUsualTitle() {
        var refusal = NotFound.nameable("Indsatsen findes ikke, eller den er ikke offentliggjort.");

        assertTrue(refusal.isNameable());
        assertEquals("not_found_title|Indsatsen findes ikke, eller den er ikke offentliggjort.", shown(refusal));
    }
}
