package dev.gatehouse.web.page.access;

import dev.gatehouse.domain.user.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page (a resource method, or every method of a resource class) as for signed-in people:
 * {@link PageAccessFeature} puts a {@link SignedInPageFilter} in front of it. Not {@code @Auth} or
 * {@code @RolesAllowed}: those bring in the JSON API's filter, whose refusals are problem documents.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedInPage {

    /** Roles of which the person needs at least one; none means any signed-in person. */
    Role[] anyRoleOf() default {};
}
