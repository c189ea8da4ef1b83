package dk.rodtraad.chassis.input;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A resource of the chassis's tests only, standing in for a service's: JSON, a form, query parameters and a page,
 * each answering what it read. {@link #reached} counts the requests that got this far, so a test can tell that a
 * refused one never did (a service would have stored it).
 */
@Path("/probe")
@RolesAllowed("fagperson")
public class InputProbe {

    private static final AtomicInteger reached = new AtomicInteger();

    /** How many requests reached a method of the probe so far. */
    public static int reached() {
        return reached.get();
    }

    public record Sent(@Size(max = 4000, message = "Højst 4000 tegn") String text, boolean flag, Integer count,
            List<String> words, @WorkDate(happened = true) LocalDate seenOn, @WorkDate LocalDate plannedFor,
            List<@NotBlank(message = "Skriv et mærke") String> tags) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Sent json(@Valid Sent sent) {
        reached.incrementAndGet();
        return sent;
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> form(@RestForm String text, @RestForm String other) {
        reached.incrementAndGet();
        return Map.of("text", text == null ? -1 : text.length(), "other", other == null ? -1 : other.length());
    }

    /** A file as bytes, as catalogue-service's spreadsheet import takes it: how many of them are not zero. */
    @POST
    @Path("/file")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public long file(byte[] file) {
        reached.incrementAndGet();
        return IntStream.range(0, file.length).filter(i -> file[i] != 0).count();
    }

    /**
     * A file upload, as catalogue-service's import page takes it (on the event loop, its answer a {@code Uni}): the
     * file's size.
     */
    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Long> upload(@RestForm("file") FileUpload file) {
        reached.incrementAndGet();
        return Uni.createFrom().item(file == null ? -1 : file.size());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> query(@RestQuery String q, @RestQuery Integer age, @RestQuery("trin") Integer step,
            @RestQuery List<LocalDate> day) {
        reached.incrementAndGet();
        return Map.of("q", String.valueOf(q), "age", String.valueOf(age), "trin", String.valueOf(step),
                "day", String.valueOf(day));
    }

    @GET
    @Path("/side")
    @Produces(MediaType.TEXT_HTML)
    public String page(@RestQuery Integer nummer) {
        reached.incrementAndGet();
        return "<p>Side " + nummer + "</p>";
    }
}
