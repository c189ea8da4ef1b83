package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.UnaryOperator;

/**
 * What is wrong with a submitted form, one message per field (the first found: a value that cannot be read has no
 * meaning to check further). The API names a field by its path in the request ({@code parents.involvedOn},
 * {@code signs[2]}); a form names its inputs flat, the path's parts joined in camel case without list indexes
 * ({@code parentsInvolvedOn}, {@code signs}), and that is the name the errors are kept and shown under.
 */
@TemplateData
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** @param path the API's name of the field, e.g. {@code child.cpr}, or the form's own name of it */
    public void add(String path, String message) {
        byField.putIfAbsent(formField(path), message);
    }

    public void addAll(Collection<FieldError> errors) {
        errors.forEach(error -> add(error.field(), error.message()));
    }

    public void addViolations(Collection<? extends ConstraintViolation<?>> violations) {
        violations.stream()
                .map(v -> Map.entry(pathOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> add(e.getKey(), e.getValue()));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for the form field, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    /** Every message, by form field. */
    public Map<String, String> byField() {
        return Map.copyOf(byField);
    }

    /**
     * The same messages under the page's own names of the fields, where a page shows one form more than once (a
     * form per goal or per participant, whose fields carry its id) or shows a field of the API under another name.
     */
    public FormErrors renamed(UnaryOperator<String> field) {
        var renamed = new FormErrors();
        byField.forEach((name, message) -> renamed.add(field.apply(name), message));
        return renamed;
    }

    /**
     * The {@link IdempotencyKey} the form shown again carries: the one it was sent with, or a fresh one when it was
     * refused as sent before with other content, so that sending it again sends it as new, or when it was sent
     * without one (another form of the same page, shown again with this one).
     */
    public String keyToSendAgain(String sent) {
        return sent == null || has(IdempotencyKey.FORM_FIELD) ? IdempotencyKey.fresh() : sent;
    }

    /** The summary at the top of the form, in the form's order of fields, each linking to its field. */
    public List<Entry> summary(SequencedMap<String, String> labels) {
        var order = List.copyOf(labels.keySet());
        return byField.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.contains(e.getKey()) ? order.indexOf(e.getKey()) : order.size()))
                .map(e -> new Entry(e.getKey(), labels.getOrDefault(e.getKey(), ""), e.getValue()))
                .toList();
    }

    /** {@code parents.involvedOn} → {@code parentsInvolvedOn}; {@code signs[2]} → {@code signs}. */
    static String formField(String path) {
        var name = new StringBuilder();
        for (String part : path.replaceAll("\\[\\d+]", "").split("\\.")) {
            name.append(name.isEmpty() || part.isEmpty() ? part
                    : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    /** The property names along the path, without the list indexes and container elements Bean Validation adds. */
    private static String pathOf(Path path) {
        var names = new ArrayList<String>();
        path.forEach(node -> {
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        });
        return String.join(".", names);
    }

    /** @param label empty for a field the form has no label for */
    @TemplateData
    public record Entry(String field, String label, String message) {
    }
}
