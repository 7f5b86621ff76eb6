package uk.peel.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The permission a page or API operation needs. Every request handler in Peel carries this (or
 * {@link PublicEndpoint}); {@code SecuredEndpointsTest} fails the build when one does not, so a new endpoint
 * cannot be published by accident without access control.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('{value}')")
public @interface RequiresPermission {
    Permission value();
}
