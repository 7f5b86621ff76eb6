package uk.peel.platform.web;

import java.util.Objects;

import uk.peel.platform.access.Permission;

/**
 * One entry in the service navigation. Each capability declares its own as a bean (for example
 * {@code @Bean static NavigationItem incidentsNavigation()}), so adding a module adds its menu entry without
 * touching the layout; users see only the entries their permissions open.
 *
 * @param path where the entry leads; pages under it (such as {@code /persons/123}) mark the entry as current
 * @param order position from the left: lower comes first
 * @param description one line for the home page saying what the user can do there
 */
public record NavigationItem(String label, String path, Permission permission, int order, String description) {

    public NavigationItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(permission, "permission");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
    }

    public boolean isCurrentFor(String requestPath) {
        if (path.equals("/")) {
            return requestPath.equals("/");
        }
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
