package dk.rodtraad.chassis.web;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An HTTP/1.1 request written byte for byte, for what no client library sends: an address with a broken
 * percent-encoding, a form body exactly as given. It gives up after 5 s without an answer, so a request the service
 * never answers fails the test.
 */
record RawRequest(int status, Map<String, String> headers, String body) {

    static RawRequest get(URI service, String target) {
        return send(service, "GET " + target + " HTTP/1.1\r\n\r\n");
    }

    static RawRequest postForm(URI service, String target, String form) {
        byte[] body = form.getBytes(StandardCharsets.ISO_8859_1);
        return send(service, "POST " + target + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n" + form);
    }

    private static RawRequest send(URI service, String request) {
        String head = request.replaceFirst("\r\n", "\r\nHost: " + service.getAuthority() + "\r\nConnection: close\r\n");
        try (var socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            var answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return parse(answer.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawRequest parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        List<String> lines = List.of(answer.substring(0, end).split("\r\n"));
        var headers = new HashMap<String, String>();
        lines.subList(1, lines.size()).forEach(line -> headers.put(
                line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT), line.substring(line.indexOf(':') + 1).strip()));
        return new RawRequest(Integer.parseInt(lines.getFirst().split(" ")[1]), headers, answer.substring(end + 4));
    }

    /** Asserts a problem+json of the status that names exactly these fields, in this order. */
    RawRequest isProblem(int expectedStatus, String... fields) {
        assertEquals(expectedStatus, status, body);
        assertEquals("application/problem+json", headers.get("content-type"), () -> status + " " + headers + " " + body);
        try {
            Map<?, ?> problem = new ObjectMapper().readValue(body, Map.class);
            assertEquals(expectedStatus, problem.get("status"));
            assertTrue(problem.get("title") instanceof String title && !title.isBlank());
            assertTrue(problem.get("detail") instanceof String detail && !detail.isBlank());
            assertEquals(List.of(fields), ((List<?>) problem.get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
