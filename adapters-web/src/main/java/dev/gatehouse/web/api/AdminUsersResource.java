package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.DisableUserUseCase;
import dev.gatehouse.application.port.in.admin.EnableUserUseCase;
import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.ListUsersUseCase;
import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.SetUserRolesUseCase;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UnknownRoleException;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Account administration, for the {@code admin} role only: anonymous requests get 401, signed-in
 * users without the role 403 (the session filter and {@code @RolesAllowed}). Disable and enable
 * answer 200 with the changed user, so a client sees the resulting state without a second request.
 */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class AdminUsersResource {

    private final ListUsersUseCase listUsers;
    private final SetUserRolesUseCase setRoles;
    private final DisableUserUseCase disableUser;
    private final EnableUserUseCase enableUser;
    private final SignOutUserEverywhereUseCase signOutEverywhere;

    public AdminUsersResource(ListUsersUseCase listUsers, SetUserRolesUseCase setRoles, DisableUserUseCase disableUser,
                              EnableUserUseCase enableUser, SignOutUserEverywhereUseCase signOutEverywhere) {
        this.listUsers = listUsers;
        this.setRoles = setRoles;
        this.disableUser = disableUser;
        this.enableUser = enableUser;
        this.signOutEverywhere = signOutEverywhere;
    }

    @GET
    public UserPageJson list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                             @QueryParam("email") String email) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(offset, limit, ListUsersQuery.DEFAULT_LIMIT, ListUsersQuery.MAX_LIMIT, errors);
        if (email != null && email.length() > ListUsersQuery.MAX_SEARCH_LENGTH) {
            errors.add(new FieldError("email", "The search is at most " + ListUsersQuery.MAX_SEARCH_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        UserPage page = listUsers.list(new ListUsersQuery(paging.offset(), paging.limit(), Optional.ofNullable(email)));
        return new UserPageJson(page.items().stream().map(ApiMapper::user).toList(), page.total());
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    public UserJson setRoles(@Auth SignedInUser admin, @PathParam("id") String id, RolesRequest body,
                             @Context ContainerRequestContext request) {
        UserId user = parseId(id);
        FieldParser.requireBody(body);
        Set<Role> roles = roles(body.roles());
        return ApiMapper.user(setRoles.setRoles(new SetUserRolesCommand(user, roles, actor(admin, request))));
    }

    @POST
    @Path("/{id}/disable")
    @RecentAuthenticationRequired
    public UserJson disable(@Auth SignedInUser admin, @PathParam("id") String id,
                            @Context ContainerRequestContext request) {
        return ApiMapper.user(disableUser.disable(parseId(id), actor(admin, request)));
    }

    @POST
    @Path("/{id}/enable")
    @RecentAuthenticationRequired
    public UserJson enable(@Auth SignedInUser admin, @PathParam("id") String id,
                           @Context ContainerRequestContext request) {
        return ApiMapper.user(enableUser.enable(parseId(id), actor(admin, request)));
    }

    /** Signs the account out everywhere, leaving it as it is: the answer to a lost device or a leaked token. */
    @DELETE
    @Path("/{id}/sessions")
    public Map<String, Integer> endSessions(@Auth SignedInUser admin, @PathParam("id") String id,
                                            @Context ContainerRequestContext request) {
        return Map.of("ended", signOutEverywhere.signOutEverywhere(parseId(id), actor(admin, request)));
    }

    private static Actor actor(SignedInUser admin, ContainerRequestContext request) {
        return RequestOrigins.actor(admin.authenticated().user(), request);
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError("roles", "At least one role is required")));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.fromId(name));
            } catch (UnknownRoleException unknown) {
                throw new InvalidRequestException(List.of(new FieldError("roles", unknown.getMessage())));
            }
        }
        return roles;
    }

    private static UserId parseId(String id) {
        try {
            return UserId.parse(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UserNotFoundException();
        }
    }
}
