package uk.peel.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few handlers anyone may reach without signing in (the sign-in page itself). Declaring it is a
 * deliberate, reviewable choice, unlike forgetting {@link RequiresPermission}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicEndpoint {
    /** Why this must be reachable without signing in. */
    String value();
}
