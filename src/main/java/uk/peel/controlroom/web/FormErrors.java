package uk.peel.controlroom.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.peel.platform.FieldProblem;

/**
 * Problems with a submitted control-room form, keyed by input id, in the shape the shared form fragments read
 * ({@code errors.has(id)}, {@code errors.message(id)}, {@code errors.summary()}).
 */
public final class FormErrors {

    private final Map<String, String> byInput = new LinkedHashMap<>();
    private final Map<String, String> labels;

    FormErrors(Map<String, String> labels) {
        this.labels = labels;
    }

    public record Entry(String inputId, String message) {
    }

    FormErrors addAll(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String input = problem.field().replace('.', '-');
            String label = labels.getOrDefault(input, "");
            String message = problem.message();
            byInput.putIfAbsent(input, label.isEmpty() || Character.isUpperCase(message.charAt(0)) ? message : label + " " + message);
        }
        return this;
    }

    public boolean isEmpty() {
        return byInput.isEmpty();
    }

    public List<Entry> summary() {
        return byInput.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    public String message(String inputId) {
        return byInput.get(inputId);
    }

    public boolean has(String inputId) {
        return byInput.containsKey(inputId);
    }
}
