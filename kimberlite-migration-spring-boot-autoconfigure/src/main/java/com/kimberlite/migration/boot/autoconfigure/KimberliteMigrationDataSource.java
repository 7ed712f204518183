package com.kimberlite.migration.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifier for the {@link javax.sql.DataSource} that Kimberlite migrations are applied to, when
 * it is not the application's only {@code DataSource} (for example, one with a user allowed to
 * change the schema). Without such a bean, migrations go to the application's {@code DataSource}.
 *
 * <pre>{@code
 * @Bean
 * @KimberliteMigrationDataSource
 * DataSource migrationDataSource() { ... }
 * }</pre>
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface KimberliteMigrationDataSource {
}
