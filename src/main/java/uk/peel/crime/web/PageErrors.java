package uk.peel.crime.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.peel.platform.FieldProblem;

/**
 * Problems with a submitted crime recording form, keyed by input id, in the shape the shared form fragments read
 * ({@code errors.has(id)}, {@code errors.message(id)}, {@code errors.summary()}).
 */
public final class PageErrors {

    private final Map<String, String> byInput = new LinkedHashMap<>();

    public record Entry(String inputId, String message) {
    }

    PageErrors addAll(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String input = problem.field().isEmpty() ? "summary" : problem.field().replace('.', '-');
            byInput.merge(input, problem.message(), (a, b) -> a + "; " + b);
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
