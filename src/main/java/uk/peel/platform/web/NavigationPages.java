package uk.peel.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The links of a GOV.UK pagination block: previous, next, and a short run of page numbers around the current page
 * with the first and last always shown, so that a listing of a million records still renders a handful of links.
 * Pages are numbered from 1 for people and from 0 in the query ({@code page=0}), as the services number them.
 */
public record NavigationPages(String previous, String next, List<Link> links) {

    /** A numbered page link, or a gap ({@code …}) when {@code href} is null. */
    public record Link(int number, String href, boolean current) {
        public boolean gap() {
            return href == null;
        }
    }

    /**
     * @param page the current page, counted from 0
     * @param pages how many pages there are
     * @param path the listing's path, such as {@code /persons}
     * @param filters the listing's other query parameters (such as the surname typed), kept on every link
     */
    public static NavigationPages of(int page, int pages, String path, Map<String, String> filters) {
        if (pages <= 1) {
            return new NavigationPages(null, null, List.of());
        }
        // Encoded as a browser encodes a GET form, so a link and a submitted filter name the same page.
        String query = filters.entrySet().stream()
                .filter(filter -> filter.getValue() != null && !filter.getValue().isBlank())
                .map(filter -> encode(filter.getKey()) + "=" + encode(filter.getValue()) + "&")
                .collect(Collectors.joining());
        String base = path + "?" + query + "page=";
        int current = Math.clamp(page, 0, pages - 1);
        List<Link> links = new ArrayList<>();
        int lastShown = -1;
        for (int shown : IntStream.of(0, current - 1, current, current + 1, pages - 1)
                .filter(p -> p >= 0 && p < pages).distinct().sorted().toArray()) {
            if (lastShown >= 0 && shown > lastShown + 1) {
                links.add(new Link(0, null, false));
            }
            links.add(new Link(shown + 1, base + shown, shown == current));
            lastShown = shown;
        }
        return new NavigationPages(current > 0 ? base + (current - 1) : null,
                current < pages - 1 ? base + (current + 1) : null, links);
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
