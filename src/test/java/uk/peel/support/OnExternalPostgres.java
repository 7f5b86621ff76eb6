package uk.peel.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Put on a subclass of a {@link PeelIntegrationTest} to run all its tests again against an external PostgreSQL
 * (see {@link ExternalPostgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ExternalPostgres.class)
@ContextConfiguration(initializers = ExternalPostgres.class)
public @interface OnExternalPostgres {
}
