package dk.rodtraad.catalogue.web;

import dk.rodtraad.chassis.problem.Problem.FieldError;
import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * What is wrong with a submitted form, one message per field (the first found: a value that cannot be read has no
 * meaning to check further). Fields are named as the form names them, so {@code signs[2]} is reported on {@code signs}.
 */
@TemplateData
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.putIfAbsent(root(field), message);
    }

    public void addAll(Collection<FieldError> errors) {
        errors.forEach(error -> add(error.field(), error.message()));
    }

    public void addViolations(Collection<? extends ConstraintViolation<?>> violations) {
        violations.forEach(v -> add(v.getPropertyPath().iterator().next().getName(), v.getMessage()));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Every message, by field. */
    public Map<String, String> byField() {
        return Map.copyOf(byField);
    }

    /** The message for the field, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    /** The summary at the top of the form, in the order of the given fields, each linking to its field. */
    public List<Entry> summary(SequencedMap<String, String> labels) {
        var order = List.copyOf(labels.keySet());
        return byField.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.contains(e.getKey()) ? order.indexOf(e.getKey()) : order.size()))
                .map(e -> new Entry(e.getKey(), labels.getOrDefault(e.getKey(), ""), e.getValue()))
                .toList();
    }

    static String root(String field) {
        int end = field.indexOf('[');
        return end < 0 ? field : field.substring(0, end);
    }

    /** @param label empty for a field the form has no label for */
    @TemplateData
    public record Entry(String field, String label, String message) {
    }
}
