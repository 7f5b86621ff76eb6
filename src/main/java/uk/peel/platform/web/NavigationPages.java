package uk.peel.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

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
     * @param url the listing's URL with its other query parameters (the filter), to which {@code page} is added
     */
    public static NavigationPages of(int page, int pages, UriComponentsBuilder url) {
        if (pages <= 1) {
            return new NavigationPages(null, null, List.of());
        }
        int current = Math.clamp(page, 0, pages - 1);
        List<Link> links = new ArrayList<>();
        int lastShown = -1;
        for (int p : shown(current, pages)) {
            if (lastShown >= 0 && p > lastShown + 1) {
                links.add(new Link(0, null, false));
            }
            links.add(new Link(p + 1, href(url, p), p == current));
            lastShown = p;
        }
        return new NavigationPages(current > 0 ? href(url, current - 1) : null,
                current < pages - 1 ? href(url, current + 1) : null, links);
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    private static List<Integer> shown(int current, int pages) {
        return java.util.stream.IntStream.of(0, current - 1, current, current + 1, pages - 1)
                .filter(p -> p >= 0 && p < pages).distinct().sorted().boxed().toList();
    }

    private static String href(UriComponentsBuilder url, int page) {
        return url.cloneBuilder().replaceQueryParam("page", page).build().encode().toUriString();
    }
}
